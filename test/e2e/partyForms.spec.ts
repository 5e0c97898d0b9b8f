// 党建工作 forms end to end in Chromium, as the administrator: a member of a unit registers under
// 双报到 and appears in the list, a service is recorded for a registered member, a volunteer team
// is created and one team's activity recorded with its members; and the wall (1920×1080) shows
// the 关爱走访 panel with counts only. Screenshots into /tmp/shots-hD.
import { expect, test, type Page } from '@playwright/test';
import { chooseOption, openUnlockScreen, unlock } from './driver';

const SHOTS = process.env.PARTY_FORM_SHOTS ?? '/tmp/shots-hD';

/** Buttons pressed with a DOM click (see wishes.spec.ts: a pointer click on these did not return in this shell). */
const press = (page: Page, testId: string) => page.getByTestId(testId).dispatchEvent('click');

test('双报到, a service record, a volunteer team and its activity through the forms; the wall shows care as counts', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const wallContext = await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const wall = await wallContext.newPage();
  await wall.goto('/wall');
  await expect(wall.getByTestId('unlock-username')).toBeVisible({ timeout: 60_000 });
  await unlock(wall, 'leader', 'streetops');
  await expect(wall.getByTestId('wall-care-residents')).toHaveText(/^(\d|<)/, { timeout: 90_000 });
  await expect(wall.getByTestId('wall-care-overdue')).toHaveText(/^(\d|<)/);
  // Counts and grid names only: no 张** masked name or address on the panel.
  expect(await wall.getByTestId('wall-care').innerText()).not.toMatch(/\*\*|单元|室/);
  await wall.screenshot({ path: `${SHOTS}/wall-care-1080.png` });

  const page = await (await browser.newContext({ baseURL, viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await openUnlockScreen(page);
  await unlock(page, 'admin', 'streetops');
  await page.getByTestId('mode-party').click();
  await page.getByTestId('party-tab-service').click({ timeout: 20_000 });
  const rows = page.getByTestId('service-table').locator('tbody tr');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  const before = await rows.count();

  // 双报到登记: a unit's employed member not yet registered, with the community they live in.
  await press(page, 'service-register-open');
  // The modal's root carries the id but has no box of its own: a field of the form stands for it.
  const form = page.getByTestId('dual-pledge');
  await expect(form).toBeVisible();
  // The units in turn until one has an employed member not yet registered.
  await page.getByTestId('dual-unit').click();
  const units = await page.getByRole('option').count();
  // A click elsewhere in the form closes a dropdown (Escape with none open would close the modal).
  await page.getByTestId('dual-pledge').click();
  let found = false;
  for (let i = 0; i < units && !found; i++) {
    await page.getByTestId('dual-unit').click();
    await page.getByRole('option').nth(i).click();
    await page.getByTestId('dual-member').click();
    found = await page
      .getByRole('option')
      .first()
      .waitFor({ timeout: 3_000 })
      .then(() => true, () => false);
    if (!found) await page.getByTestId('dual-pledge').click();
  }
  expect(found, 'a unit with an employed member not yet registered').toBe(true);
  await page.getByRole('option').first().click();
  await chooseOption(page, 'dual-community', /社区/);
  await page.getByTestId('dual-pledge').fill('每月参加一次楼道清扫');
  await page.screenshot({ path: `${SHOTS}/party-dual-register.png` });
  await press(page, 'dual-register-save');
  await expect(form).toBeHidden({ timeout: 15_000 });
  await expect(rows).toHaveCount(before + 1, { timeout: 15_000 });
  await expect(page.getByTestId('service-table')).toContainText('每月参加一次楼道清扫');

  // 记录服务 for a registered member: a refused hour count is named on its field first.
  await press(page, 'service-record-open');
  const record = page.getByTestId('service-note');
  await chooseOption(page, 'service-member', /./);
  await page.getByTestId('service-hours').fill('30');
  await page.getByTestId('service-note').fill('为独居老人代购生活用品');
  await press(page, 'service-record-save');
  await expect(page.getByText('请填写 0 到 24 之间的小时数')).toBeVisible();
  await page.getByTestId('service-hours').fill('2');
  await press(page, 'service-record-save');
  await expect(record).toBeHidden({ timeout: 15_000 });

  // 志愿服务: a new team, then an activity of a team with members.
  await page.getByTestId('party-tab-volunteers').click();
  const teams = page.getByTestId('volunteer-teams');
  await expect(teams.locator('tbody tr').first()).toBeVisible({ timeout: 30_000 });
  await press(page, 'volunteer-team-new');
  const teamForm = page.getByTestId('team-name');
  await page.getByTestId('team-name').fill('银龄助老志愿服务队（测试）');
  await chooseOption(page, 'team-focus', '助老');
  await page.screenshot({ path: `${SHOTS}/party-team-new.png` });
  await press(page, 'team-create-save');
  await expect(teamForm).toBeHidden({ timeout: 15_000 });
  await expect(teams).toContainText('银龄助老志愿服务队（测试）', { timeout: 15_000 });

  await teams.locator('[data-testid^="volunteer-activity-open-"]:not([disabled])').first().dispatchEvent('click');
  const activity = page.getByTestId('activity-title');
  await expect(activity).toBeVisible();
  await page.getByTestId('activity-title').fill('重阳节敬老慰问');
  await page.getByTestId('activity-place').fill('社区活动室');
  await page.getByTestId('activity-hours').fill('2');
  if ((await page.getByTestId('activity-community').inputValue()) === '') await chooseOption(page, 'activity-community', /社区/);
  await page.getByTestId('activity-participants').click();
  await page.getByRole('option').first().click();
  await page.getByTestId('activity-title').click();
  await page.screenshot({ path: `${SHOTS}/party-activity.png` });
  await press(page, 'activity-record-save');
  await expect(activity).toBeHidden({ timeout: 15_000 });
  await expect(page.getByTestId('volunteer-activities')).toContainText('重阳节敬老慰问', { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/party-volunteers.png` });
  // Made from the browser, so they outlive the test unless closed (the wall would go on drawing).
  await wallContext.close();
  await page.context().close();
});

test('the administrator adds a device source (its key shown once), registers a device, edits it and retires it', async ({ page }) => {
  test.setTimeout(120_000);
  await openUnlockScreen(page);
  await unlock(page, 'admin', 'streetops');
  await press(page, 'alerts-button');
  await press(page, 'device-register-open');
  const table = page.getByTestId('device-table');
  await expect(table.locator('tbody tr').first()).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('device-source-name').fill('测试消防物联网平台');
  await press(page, 'device-source-add');
  const key = page.getByTestId('device-source-key');
  await expect(key).toContainText('测试消防物联网平台');
  expect((await key.locator('code').innerText()).length).toBeGreaterThan(16);
  // The register reloads when an alert changes (the minute tick escalates the demo's open
  // ones); a click that lands during that reload is tried again.
  await expect(async () => {
    await press(page, 'device-add-open');
    await expect(page.getByTestId('device-code')).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 30_000 });
  await page.getByTestId('device-code').fill('YG-TEST-0001');
  await chooseOption(page, 'device-kind', '烟感探测器');
  await chooseOption(page, 'device-source', '测试消防物联网平台');
  await page.getByTestId('device-building').fill('机械厂');
  await expect(async () => {
    await page.getByTestId('device-building').click();
    await expect(page.getByRole('option').first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 20_000 });
  await page.getByRole('option').first().click();
  await page.getByTestId('device-label').fill('1单元楼道烟感');
  await page.screenshot({ path: `${SHOTS}/device-add.png` });
  await press(page, 'device-add-save');
  await expect(page.getByTestId('device-label')).toBeHidden({ timeout: 15_000 });
  await expect(table).toContainText('YG-TEST-0001', { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/device-register.png` });
  // Kept true: the label corrected, then the detector retired (停用) with a reason; it stays listed, marked.
  const row = page.locator('[data-testid="device-row"][data-code="YG-TEST-0001"]');
  await row.getByTestId('device-edit-open').click();
  // A new device's 变更记录 in its edit form: nothing yet.
  const editForm = page.getByTestId('device-edit-form');
  await expect(editForm.getByTestId('device-history-empty')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('device-edit-label').fill('1单元三楼楼道烟感');
  // A DOM click does not wait for the button to be enabled: pressed again until the form closes.
  await expect(async () => {
    await press(page, 'device-edit-save');
    await expect(page.getByTestId('device-edit-label')).toBeHidden({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(row).toContainText('1单元三楼楼道烟感', { timeout: 15_000 });
  // Opened again, the form lists the edit: who, and the label before → after.
  await row.getByTestId('device-edit-open').click();
  const edit = editForm.getByTestId('device-history-change');
  await expect(edit).toHaveCount(1, { timeout: 15_000 });
  await expect(edit).toContainText('系统管理员 · 编辑');
  await expect(edit.getByTestId('device-history-field')).toHaveText(['说明1单元楼道烟感 → 1单元三楼楼道烟感']);
  await page.screenshot({ path: `${SHOTS}/device-edit-history.png` });
  await editForm.getByRole('button', { name: '取消' }).click();
  await expect(editForm.getByTestId('device-history')).toBeHidden();
  await row.getByTestId('device-retire-open').click();
  await page.getByTestId('device-retire-reason').fill('楼道改造，探测器已拆除');
  await page.screenshot({ path: `${SHOTS}/device-retire.png` });
  await expect(async () => {
    await press(page, 'device-retire-save');
    await expect(page.getByTestId('device-retire-reason')).toBeHidden({ timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(row.getByTestId('device-retired')).toContainText('已停用', { timeout: 15_000 });
  await expect(row.getByTestId('device-edit-open')).toHaveCount(0);
  // The source counts it apart from the devices in service.
  await expect(page.getByTestId('device-source-badge').filter({ hasText: '测试消防物联网平台' })).toContainText('0 台 · 另有 1 台已停用');
  // A retired device is edited no more; its row still opens its 变更记录, the retirement first.
  await row.getByTestId('device-history-open').click();
  const history = page.getByTestId('device-history-modal').getByTestId('device-history-change');
  await expect(history).toHaveCount(2, { timeout: 15_000 });
  await expect(history.first()).toHaveAttribute('data-action', 'retire');
  await expect(history.first()).toContainText('停用原因— → 楼道改造，探测器已拆除');
  await expect(history.nth(1)).toHaveAttribute('data-action', 'edit');
  await page.screenshot({ path: `${SHOTS}/device-retired-history.png` });
});
