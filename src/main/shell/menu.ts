// The application menu: small, in Chinese, developer tools only in unpackaged builds.
import { Menu, type MenuItemConstructorOptions } from 'electron';
import { briefingPdfMenuItem } from './briefingPdf';

/** The command wall's two menu actions (see wallWindow.ts). */
export interface WallMenuActions {
  open(): void;
  chooseDisplay(): void;
}

export function menuTemplate(opts: { isPackaged: boolean; wall?: WallMenuActions }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: '重新加载', role: 'reload' },
    { label: '切换全屏', role: 'togglefullscreen' },
  ];
  const wall = opts.wall;
  if (wall) {
    view.push(
      { type: 'separator' },
      { label: '打开指挥大屏', accelerator: 'CmdOrCtrl+Shift+W', click: () => wall.open() },
      { label: '选择指挥大屏显示器…', click: () => wall.chooseDisplay() },
    );
  }
  if (!opts.isPackaged) view.push({ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' });
  return [
    { label: '文件', submenu: [briefingPdfMenuItem(), { type: 'separator' }, { label: '退出', role: 'quit' }] },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ label: '关于 街道综合指挥台', role: 'about' }] },
  ];
}

export function installMenu(opts: { isPackaged: boolean; wall?: WallMenuActions }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(opts)));
}
