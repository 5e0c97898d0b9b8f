// 数据备份 end to end in Chromium: an administrator names a backup folder, makes a backup
// now, and reads it in the log as verified with what it holds; the two files are in the
// folder and the database file is not plaintext. A folder that does not exist is refused
// in words and logged as failed.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { apiCall, openUnlockScreen, openUserMenuItem, screenshot, unlock, waitForConsole } from './driver';

test('an administrator backs up the street into a folder and sees it verified in the log', async ({ page }) => {
  test.setTimeout(240_000);
  const folder = mkdtempSync(join(tmpdir(), 'streetops-e2e-backup-'));
  try {
    await openUnlockScreen(page);
    await unlock(page, 'admin', 'streetops');
    await waitForConsole(page);

    await openUserMenuItem(page, 'menu-backup');
    const modal = page.getByTestId('backup-modal');
    await expect(modal.getByTestId('backup-folder')).toBeVisible();

    // A folder that is not there: saved (it may be a USB disk plugged in later), the run fails in words.
    await modal.getByTestId('backup-folder').fill(join(folder, '未插入的U盘'));
    await modal.getByTestId('backup-save').click();
    await expect(modal.getByTestId('backup-feedback')).toHaveText('备份设置已保存');
    await modal.getByTestId('backup-run').click();
    await expect(modal.getByTestId('backup-feedback')).toContainText('不存在或无法访问', { timeout: 120_000 });

    await modal.getByTestId('backup-folder').fill(folder);
    await modal.getByTestId('backup-save').click();
    await expect(modal.getByTestId('backup-feedback')).toHaveText('备份设置已保存');
    await modal.getByTestId('backup-run').click();
    await expect(modal.getByTestId('backup-feedback')).toContainText('备份完成', { timeout: 120_000 });
    const rows = modal.getByTestId('backup-log-row');
    // The log reloads after the run (slow on a loaded machine).
    await expect(rows).toHaveCount(2, { timeout: 60_000 });
    await expect(rows.first()).toContainText('已校验');
    await expect(rows.first()).toContainText('居民');
    await expect(rows.nth(1)).toContainText('失败');
    await screenshot(page, 'backup-01-log');

    const files = readdirSync(folder).sort();
    expect(files).toHaveLength(2);
    expect(files[0]).toMatch(/^streetops-.+\.db$/);
    expect(files[1]).toMatch(/\.keyring\.json$/);
    expect(readFileSync(join(folder, files[0]!)).subarray(0, 16).toString('latin1')).not.toContain('SQLite format 3');
  } finally {
    // Later specs on the same server start without a backup folder.
    await apiCall(page, 'backup.saveSettings', { folder: null }).catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  }
});
