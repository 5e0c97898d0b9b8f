// 文件 → 导出简报PDF…: prints the briefing deck shown in a window to an A4-landscape PDF
// with Chromium's own printer (webContents.printToPDF), the same print stylesheet the
// browser shell's print and `npm run briefing` use: one slide per page, maps as images.
// The deck must be open and its map images made: the renderer marks that on the deck's
// root (data-maps-ready), and printing before it would give empty map boxes.
import { BrowserWindow, dialog, type MenuItemConstructorOptions, type WebContents } from 'electron';
import { writeFile } from 'node:fs/promises';

/** Evaluated in the page: 'ready', 'pending' (maps still being imaged) or 'none' (no deck shown). */
const DECK_STATE_JS = `(() => { const d = document.querySelector('[data-testid="briefing-deck"]'); return d ? (d.getAttribute('data-maps-ready') === 'true' ? 'ready' : 'pending') : 'none'; })()`;
const WAIT_MS = 60_000;
const POLL_MS = 250;


async function waitForDeck(contents: WebContents): Promise<void> {
  const started = Date.now();
  for (;;) {
    const state = (await contents.executeJavaScript(DECK_STATE_JS, true)) as string;
    if (state === 'ready') return;
    if (state === 'none') throw new Error('没有打开的研判简报：请先在“研判简报”中生成简报，再导出 PDF。');
    if (Date.now() - started > WAIT_MS) throw new Error('简报地图长时间未生成完毕，请稍后再试。');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/** Prints the deck in `contents` to `file`; rejects when no deck is shown. Returns the PDF's size in bytes. */
export async function exportBriefingPdf(contents: WebContents, file: string): Promise<number> {
  await waitForDeck(contents);
  const pdf = await contents.printToPDF({
    landscape: true,
    pageSize: 'A4',
    printBackground: true,
    // The stylesheet's @page rule (A4 landscape, no margin) places every slide.
    preferCSSPageSize: true,
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
  });
  await writeFile(file, pdf);
  return pdf.length;
}

/** The menu item: asks where to save, then prints the focused window's deck. */
export function briefingPdfMenuItem(): MenuItemConstructorOptions {
  return {
    label: '导出简报PDF…',
    accelerator: 'CmdOrCtrl+Shift+E',
    click: () => {
      const win = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (!win) return;
      void (async () => {
        try {
          await waitForDeck(win.webContents);
          const choice = await dialog.showSaveDialog(win, {
            title: '导出简报PDF',
            defaultPath: `研判简报-${new Date().toISOString().slice(0, 10)}.pdf`,
            filters: [{ name: 'PDF', extensions: ['pdf'] }],
          });
          if (choice.canceled || !choice.filePath) return;
          await exportBriefingPdf(win.webContents, choice.filePath);
        } catch (err) {
          dialog.showErrorBox('导出简报PDF', err instanceof Error ? err.message : String(err));
        }
      })();
    },
  };
}
