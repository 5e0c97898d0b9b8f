// Electron main process: app lifecycle only. Everything the app does lives in the core
// (src/main/core), reached through one IPC bridge; this file wires the pieces together.
import { app, BrowserWindow, dialog, session } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { startCore, type CoreHandle } from '../core/index';
import { appLocation, type AppLocation } from './appUrl';
import { APP_USER_MODEL_ID } from './appUserModelId';
import { installIpcBridge } from './ipc';
import { installMenu } from './menu';
import { electronNativeBindingPath } from './nativeBinding';
import { registerAppScheme, serveBundle } from './protocol';
import { contentSecurityPolicy, hardenAllWebContents, hardenSession } from './security';
import { createConsoleWindow } from './window';
import { electronWallController, WALL_SETTINGS_FILE } from './wallWindow';

// out/main/index.js → out/preload/index.cjs and out/renderer/.
const PRELOAD = join(import.meta.dirname, '../preload/index.cjs');
const RENDERER_DIR = join(import.meta.dirname, '../renderer');

let core: CoreHandle | null = null;
let closeBridge: (() => void) | null = null;
let consoleWindow: BrowserWindow | null = null;

function showConsole(location: AppLocation): void {
  if (consoleWindow && !consoleWindow.isDestroyed()) {
    if (consoleWindow.isMinimized()) consoleWindow.restore();
    consoleWindow.focus();
    return;
  }
  consoleWindow = createConsoleWindow(location, PRELOAD, { devTools: !app.isPackaged });
  consoleWindow.on('closed', () => {
    consoleWindow = null;
  });
}

async function start(location: AppLocation): Promise<void> {
  hardenSession(session.defaultSession, location);
  if (location.kind === 'bundle') serveBundle(session.defaultSession, location.rendererDir, contentSecurityPolicy(location));
  // 视图 → 打开指挥大屏: the wall window, fullscreen on the display the user picked.
  const wall = electronWallController({ location, preloadPath: PRELOAD, devTools: !app.isPackaged, settingsFile: join(app.getPath('userData'), WALL_SETTINGS_FILE) });
  installMenu({ isPackaged: app.isPackaged, wall: { open: () => void wall.open(), chooseDisplay: () => void wall.chooseDisplay() } });

  const nativeBinding = electronNativeBindingPath({
    appPath: app.getAppPath(),
    resourcesPath: process.resourcesPath,
    isPackaged: app.isPackaged,
  });
  if (!existsSync(nativeBinding)) {
    // Packaged, the file comes with the installer; in development the build script makes it.
    const fix = app.isPackaged ? '请重新安装街道综合指挥台 (reinstall StreetOps).' : 'Run: node scripts/electron-native.mjs';
    throw new Error(`找不到数据库模块 (Electron build of better-sqlite3-multiple-ciphers):\n${nativeBinding}\n\n${fix}`);
  }
  core = await startCore({
    dataDir: join(app.getPath('userData'), 'data'),
    nativeBinding,
    // electron-vite emits the core worker beside this bundle (electron.vite.config.ts, main input coreWorker).
    workerEntry: new URL('./coreWorker.js', import.meta.url),
    demo: { scale: 1, seed: 2026 },
    // A first start offers the demo street or the office's own new street (src/renderer/newStreet).
    askFirstStart: true,
    warmWorkers: true,
    log: (line) => console.log(`[core] ${line}`),
  });
  // The bridge exists before the first window, so the page's first call finds it.
  closeBridge = installIpcBridge(core, location);
  showConsole(location);
}

function main(): void {
  // A second copy would open the same encrypted database: hand over to the first one.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const location = appLocation({
    devServerUrl: process.env['ELECTRON_RENDERER_URL'],
    isPackaged: app.isPackaged,
    rendererDir: RENDERER_DIR,
  });
  registerAppScheme();
  hardenAllWebContents(app, location);
  // Desktop notifications are the renderer's own (HTML5 Notification, renderer/notifications/
  // desktopNotices.ts; permission granted to the app's pages only in security.ts): on Windows
  // they show only under the installer shortcut's ID.
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  app.on('second-instance', () => showConsole(location));
  app.on('window-all-closed', () => app.quit());

  let quitting = false;
  app.on('will-quit', (event) => {
    if (quitting || !core) return;
    // Close the database (WAL checkpoint, key wiped) before the process exits.
    event.preventDefault();
    quitting = true;
    closeBridge?.();
    const closing = core;
    core = null;
    closing
      .close()
      .catch((err: unknown) => console.error('core did not close cleanly:', err))
      .finally(() => app.quit());
  });

  app
    .whenReady()
    .then(() => start(location))
    .catch((err: unknown) => {
      dialog.showErrorBox('街道综合指挥台无法启动', err instanceof Error ? err.message : String(err));
      app.exit(1);
    });
}

main();
