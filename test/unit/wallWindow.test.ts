// The command wall's window, checked without the Electron binary (as in
// shell.security.test.ts, `electron` is replaced by small stand-ins): which display it
// goes on, that it keeps the console window's hardening, where it loads, and that the
// choice of display is remembered in the user-data folder.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../helpers/tempDir';

type Listener = (...args: unknown[]) => void;

const fakes = vi.hoisted(() => {
  class FakeWindow {
    readonly listeners = new Map<string, Listener[]>();
    readonly calls: string[] = [];
    loadedUrl: string | null = null;
    shown = false;
    destroyed = false;
    bounds: unknown = null;
    constructor(readonly options: Record<string, unknown>) {}
    on(name: string, listener: Listener): this {
      this.listeners.set(name, [...(this.listeners.get(name) ?? []), listener]);
      return this;
    }
    once(name: string, listener: Listener): this {
      return this.on(name, listener);
    }
    emit(name: string): void {
      for (const l of this.listeners.get(name) ?? []) l();
    }
    loadURL(url: string): Promise<void> {
      this.loadedUrl = url;
      return Promise.resolve();
    }
    show(): void {
      this.shown = true;
    }
    focus(): void {
      this.calls.push('focus');
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
    setFullScreen(on: boolean): void {
      this.calls.push(`fullscreen:${on}`);
    }
    setBounds(bounds: unknown): void {
      this.bounds = bounds;
      this.calls.push('bounds');
    }
  }
  return { FakeWindow };
});

vi.mock('electron', () => ({
  BrowserWindow: fakes.FakeWindow,
  Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => undefined },
  dialog: { showMessageBox: vi.fn() },
  screen: { getAllDisplays: vi.fn(), getPrimaryDisplay: vi.fn() },
}));

const { chooseWallDisplay, displayLabel, readWallSettings, wallUrl, wallWindowOptions, writeWallSettings, WallController, WALL_SETTINGS_FILE } = await import('../../src/main/shell/wallWindow');
const { consoleWindowOptions } = await import('../../src/main/shell/window');
const { appLocation, APP_ENTRY_URL, isAppUrl } = await import('../../src/main/shell/appUrl');
const { menuTemplate } = await import('../../src/main/shell/menu');

type FakeWindow = InstanceType<typeof fakes.FakeWindow>;
type DisplayInfo = import('../../src/main/shell/wallWindow').DisplayInfo;

const LAPTOP = { id: 1, bounds: { x: 0, y: 0, width: 1920, height: 1080 }, label: '内置显示器' };
const WALL_4K = { id: 7, bounds: { x: 1920, y: 0, width: 3840, height: 2160 }, label: 'LED 拼接屏' };
const SIDE = { id: 9, bounds: { x: -1280, y: 0, width: 1280, height: 1024 } };
const bundle = appLocation({ devServerUrl: undefined, isPackaged: true, rendererDir: '/opt/streetops/renderer' });
const dev = appLocation({ devServerUrl: 'http://localhost:5173/', isPackaged: false, rendererDir: '/opt/streetops/renderer' });

describe('which display the wall goes on', () => {
  it('takes the remembered display while it is connected', () => {
    expect(chooseWallDisplay([LAPTOP, WALL_4K, SIDE], 1, 9)).toBe(SIDE);
    expect(chooseWallDisplay([LAPTOP, WALL_4K, SIDE], 1, 1)).toBe(LAPTOP);
  });

  it('otherwise the largest display that is not the primary, else the primary', () => {
    expect(chooseWallDisplay([LAPTOP, SIDE, WALL_4K], 1, null)).toBe(WALL_4K);
    expect(chooseWallDisplay([LAPTOP, SIDE, WALL_4K], 1, 42)).toBe(WALL_4K);
    expect(chooseWallDisplay([LAPTOP], 1, 7)).toBe(LAPTOP);
    expect(chooseWallDisplay([WALL_4K, LAPTOP], 7, null)).toBe(LAPTOP);
    expect(chooseWallDisplay([], 1, null)).toBeNull();
  });

  it('names displays so a person can tell them apart', () => {
    expect(displayLabel(LAPTOP, 0, 1)).toBe('显示器 1：内置显示器（1920×1080，主显示器）');
    expect(displayLabel(WALL_4K, 1, 1)).toBe('显示器 2：LED 拼接屏（3840×2160）');
    expect(displayLabel(SIDE, 2, 1)).toBe('显示器 3（1280×1024）');
  });
});

describe('wall window options', () => {
  it('keeps every hardened web preference of the console window', () => {
    const wall = wallWindowOptions('/app/out/preload/index.cjs', WALL_4K);
    expect(wall.webPreferences).toEqual(consoleWindowOptions('/app/out/preload/index.cjs').webPreferences);
    expect(wall.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false });
  });

  it('fills the chosen display, fullscreen, dark, shown only when ready', () => {
    const wall = wallWindowOptions('/p.cjs', WALL_4K, { devTools: true });
    expect(wall).toMatchObject({ x: 1920, y: 0, width: 3840, height: 2160, fullscreen: true, show: false, backgroundColor: '#030a15' });
    expect(wall.title).toContain('指挥大屏');
    expect(wall.minWidth).toBeUndefined();
    expect(wall.webPreferences?.devTools).toBe(true);
  });

  it('loads the app itself at the #/wall route, which navigation checks still accept', () => {
    expect(wallUrl(bundle)).toBe(`${APP_ENTRY_URL}#/wall`);
    expect(wallUrl(dev)).toBe('http://localhost:5173/#/wall');
    expect(isAppUrl(wallUrl(bundle), bundle)).toBe(true);
    expect(isAppUrl(wallUrl(dev), dev)).toBe(true);
  });
});

describe('remembered display', () => {
  let dir: ReturnType<typeof tempDir>;
  beforeEach(() => {
    dir = tempDir('streetops-wall-');
  });
  afterEach(() => dir.remove());

  it('round-trips through a small JSON file, and survives a missing or damaged one', () => {
    const file = join(dir.path, 'nested', WALL_SETTINGS_FILE);
    expect(readWallSettings(file)).toEqual({ displayId: null });
    writeWallSettings(file, { displayId: 7 });
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ displayId: 7 });
    expect(readWallSettings(file)).toEqual({ displayId: 7 });
    writeFileSync(file, '{"displayId": "seven"');
    expect(readWallSettings(file)).toEqual({ displayId: null });
    writeFileSync(file, '{"displayId": "seven"}');
    expect(readWallSettings(file)).toEqual({ displayId: null });
  });

  function controller(displays: DisplayInfo[], answer: number | null) {
    const windows: FakeWindow[] = [];
    const asked: string[][] = [];
    const settingsFile = join(dir.path, WALL_SETTINGS_FILE);
    const wall = new WallController({
      location: bundle,
      preloadPath: '/p.cjs',
      devTools: false,
      settingsFile,
      displays: () => ({ all: displays, primaryId: 1 }),
      ask: (labels) => {
        asked.push(labels);
        return Promise.resolve(answer);
      },
      createWindow: (options) => {
        const win = new fakes.FakeWindow(options as Record<string, unknown>);
        windows.push(win);
        return win as unknown as import('electron').BrowserWindow;
      },
    });
    return { wall, windows, asked, settingsFile };
  }

  it('opens on the default display, once, and shows when ready', () => {
    const { wall, windows } = controller([LAPTOP, WALL_4K], null);
    wall.open();
    wall.open();
    expect(windows).toHaveLength(1);
    const win = windows[0]!;
    expect(win.options).toMatchObject({ x: 1920, width: 3840, fullscreen: true });
    expect(win.loadedUrl).toBe(`${APP_ENTRY_URL}#/wall`);
    expect(win.calls).toEqual(['focus']);
    expect(win.shown).toBe(false);
    win.emit('ready-to-show');
    expect(win.shown).toBe(true);
    // Closed: the next open makes a new window.
    win.emit('closed');
    wall.open();
    expect(windows).toHaveLength(2);
  });

  it('remembers the picked display and moves an open wall there', async () => {
    const { wall, windows, asked, settingsFile } = controller([LAPTOP, WALL_4K, SIDE], 2);
    wall.open();
    expect(await wall.chooseDisplay()).toBe(SIDE);
    expect(asked[0]).toEqual(['显示器 1：内置显示器（1920×1080，主显示器）', '显示器 2：LED 拼接屏（3840×2160）', '显示器 3（1280×1024）']);
    expect(readWallSettings(settingsFile)).toEqual({ displayId: 9 });
    const win = windows[0]!;
    expect(win.calls).toEqual(['fullscreen:false', 'bounds', 'fullscreen:true', 'focus']);
    expect(win.bounds).toEqual(SIDE.bounds);
    // After a restart the wall comes back on the picked display.
    const again = controller([LAPTOP, WALL_4K, SIDE], null);
    again.wall.open();
    expect(again.windows[0]?.options).toMatchObject({ x: -1280, width: 1280 });
  });

  it('changes nothing when the choice is cancelled; opens the wall when it was closed', async () => {
    const cancelled = controller([LAPTOP, WALL_4K], null);
    expect(await cancelled.wall.chooseDisplay()).toBeNull();
    expect(existsSync(cancelled.settingsFile)).toBe(false);
    expect(cancelled.windows).toHaveLength(0);

    const picked = controller([LAPTOP, WALL_4K], 0);
    expect(await picked.wall.chooseDisplay()).toBe(LAPTOP);
    expect(picked.windows[0]?.options).toMatchObject({ x: 0, width: 1920 });
  });
});

describe('menu', () => {
  it('offers 视图 → 打开指挥大屏 and the display choice', () => {
    const open = vi.fn();
    const chooseDisplay = vi.fn();
    const view = menuTemplate({ isPackaged: true, wall: { open, chooseDisplay } }).find((m) => m.label === '视图');
    const items = Array.isArray(view?.submenu) ? view.submenu : [];
    const openItem = items.find((i) => i.label === '打开指挥大屏');
    const chooseItem = items.find((i) => i.label === '选择指挥大屏显示器…');
    expect(openItem?.accelerator).toBe('CmdOrCtrl+Shift+W');
    const click = (item: typeof openItem) => (item?.click as (() => void) | undefined)?.();
    click(openItem);
    click(chooseItem);
    expect(open).toHaveBeenCalledOnce();
    expect(chooseDisplay).toHaveBeenCalledOnce();
    expect(menuTemplate({ isPackaged: true }).flatMap((m) => (Array.isArray(m.submenu) ? m.submenu.map((i) => i.label) : []))).not.toContain('打开指挥大屏');
  });
});
