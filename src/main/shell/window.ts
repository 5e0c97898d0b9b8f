// The console window: options as a pure function (so the security settings are
// testable without Electron), and the one place that creates and loads it.
import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import type { AppLocation } from './appUrl';

export const CONSOLE_TITLE = '街道综合指挥台 StreetOps';
/** Matches the dark console theme, so the window does not flash white while loading. */
export const CONSOLE_BACKGROUND = '#0b1622';

export function consoleWindowOptions(preloadPath: string, opts: { devTools?: boolean } = {}): BrowserWindowConstructorOptions {
  return {
    title: CONSOLE_TITLE,
    width: 1600,
    height: 960,
    minWidth: 1280,
    minHeight: 720,
    backgroundColor: CONSOLE_BACKGROUND,
    // Shown on ready-to-show: no half-painted first frame.
    show: false,
    autoHideMenuBar: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      devTools: opts.devTools ?? false,
    },
  };
}

export function createConsoleWindow(location: AppLocation, preloadPath: string, opts: { devTools: boolean }): BrowserWindow {
  const win = new BrowserWindow(consoleWindowOptions(preloadPath, opts));
  win.once('ready-to-show', () => win.show());
  win.loadURL(location.url).catch((err: unknown) => {
    console.error(`console window failed to load ${location.url}:`, err);
  });
  return win;
}
