// The Electron shell's security settings, checked without the Electron binary: the
// `electron` module is replaced by small fakes that record what the shell gives them.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNEL, IPC_INVOKE_CHANNEL } from '../../src/shared/bridge';
import type { ApiResult } from '../../src/shared/errors';
import type { PushedEvent } from '../../src/shared/events';

type Listener = (...args: unknown[]) => void;

const fakes = vi.hoisted(() => {
  class Emitter {
    readonly listeners = new Map<string, Listener[]>();
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener): this {
      return this.on(name, listener);
    }
    removeListener(name: string, listener: Listener): this {
      this.listeners.set(name, (this.listeners.get(name) ?? []).filter((l) => l !== listener));
      return this;
    }
    emit(name: string, ...args: unknown[]): void {
      for (const listener of this.listeners.get(name) ?? []) listener(...args);
    }
  }

  class FakeWebContents extends Emitter {
    static nextId = 1;
    readonly id = FakeWebContents.nextId++;
    url = '';
    destroyed = false;
    windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
    readonly sent: Array<{ channel: string; args: unknown[] }> = [];
    setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
      this.windowOpenHandler = handler;
    }
    send(channel: string, ...args: unknown[]): void {
      this.sent.push({ channel, args });
    }
    getURL(): string {
      return this.url;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  const windows: FakeBrowserWindow[] = [];
  class FakeBrowserWindow extends Emitter {
    readonly webContents = new FakeWebContents();
    loadedUrl: string | null = null;
    shown = false;
    constructor(readonly options: Record<string, unknown> = {}) {
      super();
      windows.push(this);
    }
    static getAllWindows(): FakeBrowserWindow[] {
      return [...windows];
    }
    static fromWebContents(contents: unknown): FakeBrowserWindow | null {
      return windows.find((w) => w.webContents === contents) ?? null;
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      this.webContents.url = url;
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
    }
    isDestroyed(): boolean {
      return false;
    }
    isMinimized(): boolean {
      return false;
    }
    restore(): void {}
    focus(): void {}
  }

  type RequestListener = (details: { url: string; responseHeaders?: Record<string, string[]> }, callback: (response: Record<string, unknown>) => void) => void;
  type PermissionRequest = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: { requestingUrl: string }) => void;
  type ProtocolHandler = (request: Request) => Response | Promise<Response>;
  const session = {
    beforeRequest: null as RequestListener | null,
    headersReceived: null as RequestListener | null,
    permissionRequest: null as PermissionRequest | null,
    permissionCheck: null as ((...args: unknown[]) => boolean) | null,
    protocolHandlers: new Map<string, ProtocolHandler>(),
    webRequest: {
      onBeforeRequest(listener: RequestListener) {
        session.beforeRequest = listener;
      },
      onHeadersReceived(listener: RequestListener) {
        session.headersReceived = listener;
      },
    },
    setPermissionRequestHandler(handler: PermissionRequest) {
      session.permissionRequest = handler;
    },
    setPermissionCheckHandler(handler: (...args: unknown[]) => boolean) {
      session.permissionCheck = handler;
    },
    protocol: {
      handle(scheme: string, handler: ProtocolHandler) {
        session.protocolHandlers.set(scheme, handler);
      },
    },
  };

  const ipcHandlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    appPath: '/nowhere',
    singleInstance: true,
    quit: vi.fn(),
    exit: vi.fn(),
    getAppPath: () => app.appPath,
    getPath: (name: string) => `/fake-user-data/${name}`,
    requestSingleInstanceLock: () => app.singleInstance,
    whenReady: () => Promise.resolve(),
  });

  const exposed = new Map<string, unknown>();
  const renderer = new Emitter();

  return {
    FakeBrowserWindow,
    FakeWebContents,
    windows,
    session,
    ipcHandlers,
    app,
    exposed,
    renderer,
    rendererInvoke: vi.fn((..._args: unknown[]) => Promise.resolve({ ok: true, result: 'from main' })),
    netFetch: vi.fn((url: string) => Promise.resolve(new Response(`contents of ${url}`, { headers: { 'content-type': 'text/html' } }))),
    menus: [] as unknown[],
    schemes: [] as unknown[],
    errorBoxes: [] as string[],
    reset() {
      windows.length = 0;
      ipcHandlers.clear();
      exposed.clear();
      renderer.listeners.clear();
      app.listeners.clear();
      session.protocolHandlers.clear();
      session.beforeRequest = session.headersReceived = null;
      session.permissionRequest = null;
      session.permissionCheck = null;
    },
  };
});

vi.mock('electron', () => ({
  app: fakes.app,
  BrowserWindow: fakes.FakeBrowserWindow,
  session: { defaultSession: fakes.session },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, ...args: unknown[]) => unknown) => {
      if (fakes.ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
      fakes.ipcHandlers.set(channel, handler);
    },
    removeHandler: (channel: string) => fakes.ipcHandlers.delete(channel),
  },
  Menu: {
    buildFromTemplate: (template: unknown) => template,
    setApplicationMenu: (menu: unknown) => fakes.menus.push(menu),
  },
  protocol: { registerSchemesAsPrivileged: (schemes: unknown) => fakes.schemes.push(schemes) },
  net: { fetch: fakes.netFetch },
  shell: { openExternal: vi.fn() },
  dialog: { showErrorBox: (_title: string, message: string) => fakes.errorBoxes.push(message) },
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => fakes.exposed.set(key, api) },
  ipcRenderer: {
    invoke: fakes.rendererInvoke,
    on: (channel: string, listener: Listener) => fakes.renderer.on(channel, listener),
    removeListener: (channel: string, listener: Listener) => fakes.renderer.removeListener(channel, listener),
  },
}));

const fakeCore = vi.hoisted(() => ({
  calls: [] as Array<{ method: string; input: unknown; token: string | null }>,
  listeners: new Set<(event: PushedEvent) => void>(),
  closed: 0,
  started: [] as unknown[],
}));

vi.mock('../../src/main/core/index', () => ({
  startCore: (options: unknown) => {
    fakeCore.started.push(options);
    return Promise.resolve(coreHandle());
  },
}));

function coreHandle() {
  return {
    call: (method: string, input: unknown, token: string | null): Promise<ApiResult<unknown>> => {
      fakeCore.calls.push({ method, input, token });
      return Promise.resolve({ ok: true, result: { echoed: method } });
    },
    subscribe: (listener: (event: PushedEvent) => void) => {
      fakeCore.listeners.add(listener);
      return () => fakeCore.listeners.delete(listener);
    },
    hasSession: (token: string | null) => token === 'unlocked-token',
    ready: () => Promise.resolve(),
    close: () => {
      fakeCore.closed += 1;
      return Promise.resolve();
    },
  };
}

// Imported after vi.mock (hoisted), so these see the fakes.
const { BrowserWindow, session } = await import('electron');
const { appLocation, APP_ENTRY_URL } = await import('../../src/main/shell/appUrl');
const { consoleWindowOptions, createConsoleWindow } = await import('../../src/main/shell/window');
const { contentSecurityPolicy, hardenSession, hardenWebContents } = await import('../../src/main/shell/security');
const { installIpcBridge } = await import('../../src/main/shell/ipc');
const { menuTemplate } = await import('../../src/main/shell/menu');
const { serveBundle } = await import('../../src/main/shell/protocol');

const RENDERER_DIR = join(tmpdir(), 'streetops-renderer');
const bundle = appLocation({ devServerUrl: undefined, isPackaged: true, rendererDir: RENDERER_DIR });
const dev = appLocation({ devServerUrl: 'http://localhost:5173/', isPackaged: false, rendererDir: RENDERER_DIR });

function runRequestListener(listener: ((details: { url: string; responseHeaders?: Record<string, string[]> }, cb: (r: Record<string, unknown>) => void) => void) | null, details: { url: string; responseHeaders?: Record<string, string[]> }) {
  if (!listener) throw new Error('listener not installed');
  let response: Record<string, unknown> | undefined;
  listener(details, (r) => {
    response = r;
  });
  return response;
}

beforeEach(() => {
  fakes.reset();
  fakeCore.calls.length = 0;
  fakeCore.listeners.clear();
});

describe('console window options', () => {
  it('isolates the page from Node and Electron', () => {
    const web = consoleWindowOptions('/app/out/preload/index.cjs').webPreferences;
    expect(web?.contextIsolation).toBe(true);
    expect(web?.sandbox).toBe(true);
    expect(web?.nodeIntegration).toBe(false);
    expect(web?.webSecurity).toBe(true);
    expect(web?.allowRunningInsecureContent).toBe(false);
    expect(web?.experimentalFeatures).toBe(false);
    expect(web?.webviewTag).toBe(false);
    expect(web?.preload).toBe('/app/out/preload/index.cjs');
  });

  it('has the product title, a minimum size, and waits for ready-to-show', () => {
    const options = consoleWindowOptions('/p.cjs');
    expect(options.title).toBe('街道综合指挥台 StreetOps');
    expect(options.minWidth).toBeGreaterThan(0);
    expect(options.minHeight).toBeGreaterThan(0);
    expect(options.show).toBe(false);
    expect(options.backgroundColor).toMatch(/^#/);
    expect(options.webPreferences?.devTools).toBe(false);

    const win = createConsoleWindow(bundle, '/p.cjs', { devTools: false });
    const fake = fakes.windows[0];
    expect(fake?.loadedUrl).toBe(APP_ENTRY_URL);
    expect(fake?.shown).toBe(false);
    fake?.emit('ready-to-show');
    expect(fake?.shown).toBe(true);
    expect(win).toBe(fake);
  });
});

describe('session hardening', () => {
  it('sends a strict Content-Security-Policy with every response', () => {
    hardenSession(session.defaultSession, bundle);
    const response = runRequestListener(fakes.session.headersReceived, {
      url: APP_ENTRY_URL,
      responseHeaders: { 'content-security-policy': ["default-src *; script-src * 'unsafe-eval'"], 'Content-Type': ['text/html'] },
    });
    const headers = response?.['responseHeaders'] as Record<string, string[]>;
    const csp = headers['Content-Security-Policy']?.join(';') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-eval');
    // The response's own (weaker) policy is dropped, other headers kept.
    expect(Object.keys(headers).filter((h) => h.toLowerCase() === 'content-security-policy')).toHaveLength(1);
    expect(headers['Content-Type']).toEqual(['text/html']);
  });

  it('keeps the production policy free of inline scripts; only the dev server gets them', () => {
    const directive = (csp: string, name: string) => csp.split('; ').find((d) => d.startsWith(`${name} `));
    expect(directive(contentSecurityPolicy(bundle), 'script-src')).toBe("script-src 'self'");
    expect(directive(contentSecurityPolicy(bundle), 'connect-src')).toBe("connect-src 'self'");
    expect(directive(contentSecurityPolicy(bundle), 'worker-src')).toBe("worker-src 'self' blob:");
    expect(directive(contentSecurityPolicy(dev), 'script-src')).toBe("script-src 'self' 'unsafe-inline'");
    expect(directive(contentSecurityPolicy(dev), 'connect-src')).toBe("connect-src 'self' ws://localhost:5173");
    expect(contentSecurityPolicy(dev)).not.toContain('unsafe-eval');
  });

  it('denies every permission but desktop notifications, and those only to the app itself', () => {
    hardenSession(session.defaultSession, bundle);
    const answers: boolean[] = [];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      fakes.session.permissionRequest?.(null, permission, (granted) => answers.push(granted), { requestingUrl: 'app://streetops/index.html' });
    }
    expect(answers).toEqual([false, false, true, false, false]);
    fakes.session.permissionRequest?.(null, 'notifications', (granted) => answers.push(granted), { requestingUrl: 'https://example.com/' });
    expect(answers.at(-1)).toBe(false);
    expect(fakes.session.permissionCheck?.(null, 'media', 'app://streetops', {})).toBe(false);
    expect(fakes.session.permissionCheck?.(null, 'notifications', 'app://streetops', {})).toBe(true);
    expect(fakes.session.permissionCheck?.(null, 'notifications', 'http://localhost:5173', {})).toBe(false);
  });

  it('cancels network requests; the dev build may reach only its own dev server', () => {
    hardenSession(session.defaultSession, bundle);
    expect(runRequestListener(fakes.session.beforeRequest, { url: 'https://tiles.example.com/1/2/3.pbf' })).toEqual({ cancel: true });
    expect(runRequestListener(fakes.session.beforeRequest, { url: 'http://localhost:5173/' })).toEqual({ cancel: true });
    expect(runRequestListener(fakes.session.beforeRequest, { url: 'app://streetops/assets/index.js' })).toEqual({ cancel: false });

    hardenSession(session.defaultSession, dev);
    expect(runRequestListener(fakes.session.beforeRequest, { url: 'http://localhost:5173/src/main.tsx' })).toEqual({ cancel: false });
    expect(runRequestListener(fakes.session.beforeRequest, { url: 'ws://localhost:5173/' })).toEqual({ cancel: false });
    expect(runRequestListener(fakes.session.beforeRequest, { url: 'http://localhost:8080/' })).toEqual({ cancel: true });
  });
});

describe('web contents hardening', () => {
  function hardened(location = bundle) {
    const win = new BrowserWindow();
    hardenWebContents(win.webContents, location);
    const fake = fakes.windows[fakes.windows.length - 1];
    if (!fake) throw new Error('no window');
    return fake.webContents;
  }

  function navigate(contents: InstanceType<typeof fakes.FakeWebContents>, event: string, url: string): boolean {
    const preventDefault = vi.fn();
    contents.emit(event, { preventDefault }, url);
    return preventDefault.mock.calls.length > 0;
  }

  it('refuses navigation to any other origin, allows the app itself', () => {
    const contents = hardened();
    expect(navigate(contents, 'will-navigate', 'https://evil.example/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://other/index.html')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'http://localhost:5173/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'app://streetops/index.html#/cases/7')).toBe(false);
  });

  it('in development allows only the dev server origin', () => {
    const contents = hardened(dev);
    expect(navigate(contents, 'will-navigate', 'http://localhost:5173/?x=1')).toBe(false);
    expect(navigate(contents, 'will-navigate', 'http://localhost:5174/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'http://127.0.0.1:5173/')).toBe(true);
  });

  it('denies window.open', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });

  it('blocks <webview> attachment', () => {
    const contents = hardened();
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault }, {}, {});
    expect(preventDefault).toHaveBeenCalledOnce();
  });
});

describe('app:// bundle serving', () => {
  function handler() {
    serveBundle(session.defaultSession, RENDERER_DIR, contentSecurityPolicy(bundle));
    const h = fakes.session.protocolHandlers.get('app');
    if (!h) throw new Error('app:// not handled');
    return h;
  }

  it('serves files under the renderer folder, with the CSP', async () => {
    fakes.netFetch.mockClear();
    const response = await handler()(new Request('app://streetops/assets/index.js'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(fakes.netFetch).toHaveBeenCalledWith(`file://${join(RENDERER_DIR, 'assets', 'index.js').split(sep).join('/')}`);
  });

  it('refuses paths that escape the renderer folder, and other hosts', async () => {
    fakes.netFetch.mockClear();
    const h = handler();
    expect((await h(new Request('app://streetops/..%2F..%2Fetc%2Fpasswd'))).status).toBe(404);
    expect((await h(new Request('app://other/index.html'))).status).toBe(404);
    expect((await h(new Request('app://streetops/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
    expect(fakes.netFetch).not.toHaveBeenCalled();
  });
});

describe('IPC bridge', () => {
  function ourWindow() {
    const win = new BrowserWindow();
    const fake = fakes.windows[fakes.windows.length - 1];
    if (!fake) throw new Error('no window');
    fake.webContents.url = APP_ENTRY_URL;
    return { win, fake };
  }

  function invokeHandler() {
    const handler = fakes.ipcHandlers.get(IPC_INVOKE_CHANNEL);
    if (!handler) throw new Error('no invoke handler');
    return handler;
  }

  const eventFrom = (sender: unknown, url: string, parent: unknown = null) => ({ sender, senderFrame: { url, parent } });

  it('forwards a call from our window to the core', async () => {
    installIpcBridge(coreHandle(), bundle);
    const { fake } = ourWindow();
    const result = await invokeHandler()(eventFrom(fake.webContents, APP_ENTRY_URL), 'street.summary', { a: 1 }, 'tok');
    expect(result).toEqual({ ok: true, result: { echoed: 'street.summary' } });
    expect(fakeCore.calls).toEqual([{ method: 'street.summary', input: { a: 1 }, token: 'tok' }]);
  });

  it('rejects a call from an unknown frame without reaching the core', async () => {
    installIpcBridge(coreHandle(), bundle);
    const { fake } = ourWindow();
    const stranger = new fakes.FakeWebContents();
    const refusals = [
      await invokeHandler()(eventFrom(fake.webContents, 'https://evil.example/'), 'street.summary', {}, null),
      await invokeHandler()(eventFrom(stranger, APP_ENTRY_URL), 'street.summary', {}, null),
      await invokeHandler()(eventFrom(fake.webContents, APP_ENTRY_URL, { url: APP_ENTRY_URL }), 'street.summary', {}, null),
      await invokeHandler()({ sender: fake.webContents, senderFrame: null }, 'street.summary', {}, null),
    ];
    for (const refusal of refusals) expect(refusal).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(fakeCore.calls).toEqual([]);
  });

  it('rejects a non-string method or token', async () => {
    installIpcBridge(coreHandle(), bundle);
    const { fake } = ourWindow();
    expect(await invokeHandler()(eventFrom(fake.webContents, APP_ENTRY_URL), { toString: () => 'x' }, {}, null)).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await invokeHandler()(eventFrom(fake.webContents, APP_ENTRY_URL), 'street.summary', {}, 42)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(fakeCore.calls).toEqual([]);
  });

  it('pushes core events to every window showing the app, and stops when removed', () => {
    const remove = installIpcBridge(coreHandle(), bundle);
    const a = ourWindow().fake;
    const b = ourWindow().fake;
    const elsewhere = ourWindow().fake;
    elsewhere.webContents.url = 'https://evil.example/';
    const event: PushedEvent = { name: 'session.changed', payload: { state: 'locked' } };
    for (const listener of fakeCore.listeners) listener(event);
    expect(a.webContents.sent).toEqual([{ channel: IPC_EVENT_CHANNEL, args: [event] }]);
    expect(b.webContents.sent).toEqual([{ channel: IPC_EVENT_CHANNEL, args: [event] }]);
    expect(elsewhere.webContents.sent).toEqual([]);

    remove();
    expect(fakeCore.listeners.size).toBe(0);
    expect(fakes.ipcHandlers.has(IPC_INVOKE_CHANNEL)).toBe(false);
  });

  it('pushes case events only to windows whose last token is an unlocked session', async () => {
    installIpcBridge(coreHandle(), bundle);
    const unlocked = ourWindow().fake;
    const locked = ourWindow().fake;
    const silent = ourWindow().fake;
    await invokeHandler()(eventFrom(unlocked.webContents, APP_ENTRY_URL), 'street.summary', {}, 'unlocked-token');
    await invokeHandler()(eventFrom(locked.webContents, APP_ENTRY_URL), 'street.summary', {}, 'stale-token');
    const event: PushedEvent = { name: 'case.changed', payload: { caseId: 1, status: 'registered', gridId: 2, at: 3 } };
    for (const listener of fakeCore.listeners) listener(event);
    expect(unlocked.webContents.sent).toEqual([{ channel: IPC_EVENT_CHANNEL, args: [event] }]);
    expect(locked.webContents.sent).toEqual([]);
    expect(silent.webContents.sent).toEqual([]);
  });
});

describe('preload', () => {
  it('exposes exactly window.streetops with invoke and subscribe', async () => {
    vi.resetModules();
    await import('../../src/preload/index');
    expect([...fakes.exposed.keys()]).toEqual(['streetops']);
    const api = fakes.exposed.get('streetops') as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(['invoke', 'subscribe']);
    expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true);
  });

  it('invoke goes through the one invoke channel; subscribe hands over only the event', async () => {
    vi.resetModules();
    await import('../../src/preload/index');
    const { bridge } = await import('../../src/preload/bridge');
    fakes.rendererInvoke.mockClear();
    await expect(bridge.invoke('case.detail', { id: 7 }, 'tok')).resolves.toEqual({ ok: true, result: 'from main' });
    expect(fakes.rendererInvoke).toHaveBeenCalledWith(IPC_INVOKE_CHANNEL, 'case.detail', { id: 7 }, 'tok');

    const seen: unknown[][] = [];
    const stop = bridge.subscribe((...args: unknown[]) => seen.push(args));
    const pushed: PushedEvent = { name: 'case.changed', payload: { caseId: 1, status: 'reported', gridId: 2, at: 3 } };
    fakes.renderer.emit(IPC_EVENT_CHANNEL, { sender: 'the ipc event' }, pushed);
    expect(seen).toEqual([[pushed]]);
    stop();
    fakes.renderer.emit(IPC_EVENT_CHANNEL, { sender: 'the ipc event' }, pushed);
    expect(seen).toHaveLength(1);
  });
});

describe('menu', () => {
  const labels = (template: ReturnType<typeof menuTemplate>): string[] =>
    template.flatMap((item) => [item.label ?? '', ...(Array.isArray(item.submenu) ? item.submenu.map((sub) => sub.label ?? '') : [])]);

  it('is in Chinese and offers developer tools only when not packaged', () => {
    const devMenu = labels(menuTemplate({ isPackaged: false }));
    expect(devMenu).toEqual(expect.arrayContaining(['文件', '视图', '帮助', '重新加载', '切换全屏', '退出', '开发者工具']));
    expect(labels(menuTemplate({ isPackaged: true }))).not.toContain('开发者工具');
  });
});

describe('app lifecycle', () => {
  const appRoot = mkdtempSync(join(tmpdir(), 'streetops-shell-'));
  const binding = join(appRoot, '.native', 'electron', 'better-sqlite3-multiple-ciphers', 'build', 'Release', 'better_sqlite3.node');
  mkdirSync(join(binding, '..'), { recursive: true });
  writeFileSync(binding, '');
  afterAll(() => rmSync(appRoot, { recursive: true, force: true }));

  async function boot(singleInstance: boolean) {
    vi.resetModules();
    fakes.app.singleInstance = singleInstance;
    fakes.app.appPath = appRoot;
    fakes.app.quit.mockClear();
    fakeCore.started.length = 0;
    fakeCore.closed = 0;
    await import('../../src/main/shell/index');
    await vi.waitFor(() => expect(singleInstance ? fakes.windows.length : fakes.app.quit.mock.calls.length).toBeGreaterThan(0));
  }

  it('starts the core with the Electron build of the database module, then opens the console', async () => {
    await boot(true);
    expect(fakeCore.started).toEqual([
      expect.objectContaining({ dataDir: join('/fake-user-data/userData', 'data'), nativeBinding: binding, demo: { scale: 1, seed: 2026 } }),
    ]);
    expect(fakes.ipcHandlers.has(IPC_INVOKE_CHANNEL)).toBe(true);
    const win = fakes.windows[0];
    const web = win?.options['webPreferences'] as Record<string, unknown>;
    expect(String(web['preload'])).toMatch(/preload[\\/]index\.cjs$/);
    expect(web['sandbox']).toBe(true);
    expect(win?.loadedUrl).toBe(APP_ENTRY_URL);
    expect(fakes.app.listeners.get('web-contents-created')).toHaveLength(1);
  });

  it('closes the core before quitting', async () => {
    await boot(true);
    const preventDefault = vi.fn();
    fakes.app.emit('will-quit', { preventDefault });
    expect(preventDefault).toHaveBeenCalledOnce();
    await vi.waitFor(() => expect(fakes.app.quit).toHaveBeenCalled());
    expect(fakeCore.closed).toBe(1);
    expect(fakes.ipcHandlers.has(IPC_INVOKE_CHANNEL)).toBe(false);
    // The second will-quit (from that app.quit) goes through.
    const again = vi.fn();
    fakes.app.emit('will-quit', { preventDefault: again });
    expect(again).not.toHaveBeenCalled();
  });

  it('a second instance quits without touching the database', async () => {
    await boot(false);
    expect(fakes.app.quit).toHaveBeenCalled();
    expect(fakeCore.started).toEqual([]);
    expect(fakes.windows).toEqual([]);
  });
});
