// The application menu: small, in Chinese, developer tools only in unpackaged builds.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function menuTemplate(opts: { isPackaged: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { label: '重新加载', role: 'reload' },
    { label: '切换全屏', role: 'togglefullscreen' },
  ];
  if (!opts.isPackaged) view.push({ type: 'separator' }, { label: '开发者工具', role: 'toggleDevTools' });
  return [
    { label: '文件', submenu: [{ label: '退出', role: 'quit' }] },
    { label: '视图', submenu: view },
    { label: '帮助', submenu: [{ label: '关于 街道综合指挥台', role: 'about' }] },
  ];
}

export function installMenu(opts: { isPackaged: boolean }): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(opts)));
}
