// The command wall's window (一网统管指挥大屏): the same renderer at #/wall, fullscreen on
// the display the user picks, with the console window's hardened options. The choice of
// display is a pure function and the chosen display id lives in a small JSON file in the
// user-data folder, so a wall PC comes back on the same screen after a restart.
import { BrowserWindow, dialog, screen, type BrowserWindowConstructorOptions } from 'electron';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { AppLocation } from './appUrl';
import { consoleWindowOptions } from './window';

export const WALL_TITLE = '一网统管指挥大屏 StreetOps';
/** The wall's own dark background, so the window does not flash while loading. */
export const WALL_BACKGROUND = '#030a15';
export const WALL_SETTINGS_FILE = 'wall-settings.json';

export interface Bounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the shell needs of an Electron Display (a structural subset, so tests can make them). */
export interface DisplayInfo {
  id: number;
  bounds: Bounds;
  label?: string;
}

export interface WallSettings {
  displayId: number | null;
}

/**
 * The display the wall goes on: the one chosen before, if it is still connected; else
 * the largest display that is not the primary (the console usually sits on the primary,
 * the video wall is the extra screen); else the primary; null only when there is none.
 */
export function chooseWallDisplay(displays: readonly DisplayInfo[], primaryId: number, rememberedId: number | null): DisplayInfo | null {
  const remembered = displays.find((d) => d.id === rememberedId);
  if (remembered) return remembered;
  const area = (d: DisplayInfo) => d.bounds.width * d.bounds.height;
  const others = displays.filter((d) => d.id !== primaryId).sort((a, b) => area(b) - area(a) || a.id - b.id);
  return others[0] ?? displays.find((d) => d.id === primaryId) ?? displays[0] ?? null;
}

/** '显示器 2：DELL U2720Q（3840×2160）', marked when it is the primary or the current choice. */
export function displayLabel(display: DisplayInfo, index: number, primaryId: number): string {
  const name = display.label?.trim() ? `显示器 ${index + 1}：${display.label.trim()}` : `显示器 ${index + 1}`;
  const size = `${display.bounds.width}×${display.bounds.height}`;
  return `${name}（${size}${display.id === primaryId ? '，主显示器' : ''}）`;
}

/** The app's own entry URL with the wall's route in the hash (Electron loads index.html, so only a hash can name a route). */
export function wallUrl(location: AppLocation): string {
  const url = new URL(location.url);
  url.hash = '/wall';
  return url.href;
}

export function wallWindowOptions(preloadPath: string, display: DisplayInfo, opts: { devTools?: boolean } = {}): BrowserWindowConstructorOptions {
  // The console's options, webPreferences and all: the same isolation and sandbox. Its
  // minimum size is dropped: a wall display may be smaller than a desk monitor.
  const { minWidth: _minWidth, minHeight: _minHeight, ...hardened } = consoleWindowOptions(preloadPath, opts);
  return {
    ...hardened,
    title: WALL_TITLE,
    backgroundColor: WALL_BACKGROUND,
    ...display.bounds,
    fullscreen: true,
    autoHideMenuBar: true,
  };
}

export function readWallSettings(file: string): WallSettings {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    const id = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>)['displayId'] : null;
    return { displayId: typeof id === 'number' && Number.isFinite(id) ? id : null };
  } catch {
    // Missing or damaged: fall back to the default choice rather than refuse to open.
    return { displayId: null };
  }
}

export function writeWallSettings(file: string, settings: WallSettings): void {
  mkdirSync(dirname(file), { recursive: true });
  // Write then rename: a crash mid-write leaves the old file, never half a file.
  const temp = `${file}.tmp`;
  writeFileSync(temp, `${JSON.stringify(settings)}\n`, { mode: 0o600 });
  renameSync(temp, file);
}

/** What the controller needs from Electron; tests pass stand-ins. */
export interface WallDeps {
  location: AppLocation;
  preloadPath: string;
  devTools: boolean;
  settingsFile: string;
  displays(): { all: DisplayInfo[]; primaryId: number };
  /** Asks the user to pick one of `labels`; resolves to its index, or null when cancelled. */
  ask(labels: string[], current: number | null): Promise<number | null>;
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
}

/** Opens the wall, moves it between displays, and remembers where it goes. */
export class WallController {
  private win: BrowserWindow | null = null;

  constructor(private readonly deps: WallDeps) {}

  private target(): DisplayInfo | null {
    const { all, primaryId } = this.deps.displays();
    return chooseWallDisplay(all, primaryId, readWallSettings(this.deps.settingsFile).displayId);
  }

  /** Opens the wall on its display, or brings the open one forward. */
  open(): BrowserWindow | null {
    if (this.win && !this.win.isDestroyed()) {
      this.win.focus();
      return this.win;
    }
    const display = this.target();
    if (!display) return null;
    const win = this.deps.createWindow(wallWindowOptions(this.deps.preloadPath, display, { devTools: this.deps.devTools }));
    this.win = win;
    win.once('ready-to-show', () => win.show());
    win.on('closed', () => {
      if (this.win === win) this.win = null;
    });
    const url = wallUrl(this.deps.location);
    win.loadURL(url).catch((err: unknown) => console.error(`wall window failed to load ${url}:`, err));
    return win;
  }

  /** Lets the user pick the wall's display; remembers it and moves an open wall there. */
  async chooseDisplay(): Promise<DisplayInfo | null> {
    const { all, primaryId } = this.deps.displays();
    const current = this.target();
    const index = await this.deps.ask(
      all.map((d, i) => displayLabel(d, i, primaryId)),
      current ? all.findIndex((d) => d.id === current.id) : null,
    );
    const picked = index === null ? undefined : all[index];
    if (!picked) return null;
    writeWallSettings(this.deps.settingsFile, { displayId: picked.id });
    const win = this.win;
    if (win && !win.isDestroyed()) {
      // Leave fullscreen first: a fullscreen window ignores new bounds on most platforms.
      win.setFullScreen(false);
      win.setBounds(picked.bounds);
      win.setFullScreen(true);
      win.focus();
    } else {
      this.open();
    }
    return picked;
  }
}

/** The controller wired to Electron's screen and dialog (read only when used: both need the app ready). */
export function electronWallController(opts: { location: AppLocation; preloadPath: string; devTools: boolean; settingsFile: string }): WallController {
  return new WallController({
    ...opts,
    displays: () => ({ all: screen.getAllDisplays(), primaryId: screen.getPrimaryDisplay().id }),
    ask: async (labels, current) => {
      const { response } = await dialog.showMessageBox({
        type: 'question',
        title: '指挥大屏显示器',
        message: '指挥大屏在哪个显示器上全屏显示？',
        detail: '选择会被记住，下次打开指挥大屏时使用同一显示器。',
        buttons: [...labels, '取消'],
        defaultId: current ?? 0,
        cancelId: labels.length,
        noLink: true,
      });
      return response < labels.length ? response : null;
    },
    createWindow: (options) => new BrowserWindow(options),
  });
}
