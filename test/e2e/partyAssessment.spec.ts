// 楼栋工作日 and 组织考评 end to end in Chromium: the leader records a visit to a building of their
// share with a problem turned into a case, and the building turns visited on the console map;
// an administrator records a 三会一课 meeting from its reminder and the reminder goes away; a
// weak branch's rectification plan is reviewed; rating that branch out of 软弱涣散 while its plan
// is open is refused in words; another organisation is rated 软弱涣散 from its criteria and a
// rectification plan opened for it; a resident unit is scored (联述联评联考); a new cadre is added and given a whole grid
// (分片包干). Screenshots at 1920×1080 in /tmp/shots-hB.
import { expect, test, type Page } from '@playwright/test';
import type { CadreView, ShareBuilding, VisitMap } from '../../src/shared/buildingDays';
import type { AssessmentRow, MeetingDue, PlanView } from '../../src/shared/partyAssessment';
import type { MapBase } from '../../src/shared/views';
import { apiCall, chooseOption, openUnlockScreen, unlock, waitForMapIdle } from './driver';

const SHOTS = process.env.HB_SHOTS ?? '/tmp/shots-hB';

async function openTab(page: Page, user: string, tab: 'buildingDays' | 'assessment') {
  await openUnlockScreen(page);
  await unlock(page, user, 'streetops');
  await page.getByTestId('mode-party').click();
  await page.getByTestId(`party-tab-${tab}`).click();
}

const visitedOnMap = (page: Page, buildingId: number) =>
  page.evaluate((id) => {
    const f = window.__streetopsMap?.map.querySourceFeatures('building-day-visits').find((x) => x.properties.id === id);
    return f ? Number(f.properties.visited) : null;
  }, buildingId);

test('the leader records a building visit whose problem becomes a case, and the building turns visited on the map', async ({ page }) => {
  test.setTimeout(240_000);
  await openTab(page, 'leader', 'buildingDays');
  const counts = page.getByTestId('visit-counts');
  await expect(counts).toHaveAttribute('data-visited', /^\d+$/, { timeout: 30_000 });
  const visitedBefore = Number(await counts.getAttribute('data-visited'));
  const text = await counts.innerText();
  // A building of the leader's share not visited this month.
  const share = await apiCall<ShareBuilding[]>(page, 'buildingDay.share', {});
  const month = await apiCall<VisitMap>(page, 'buildingDay.map', { from: '2026-11-01', to: '2026-11-18' });
  const target = share.find((b) => month.visits[month.buildingIds.indexOf(b.buildingId)] === 0);
  expect(target, `a building not visited this month among ${share.length} (${text})`).toBeDefined();
  await waitForMapIdle(page);
  expect(await visitedOnMap(page, target!.buildingId)).toBe(0);

  await page.getByTestId('visit-record').dispatchEvent('click');
  await chooseOption(page, 'visit-building', `${target!.buildingName} · ${target!.gridName}`);
  await page.getByTestId('visit-households').fill('7');
  await page.getByTestId('visit-note').fill('楼栋工作日入户走访');
  await page.getByTestId('visit-add-problem').dispatchEvent('click');
  await chooseOption(page, 'visit-problem-0-outcome', '转为案件');
  await chooseOption(page, 'visit-problem-0-category', /暴露垃圾|垃圾/);
  await page.getByTestId('visit-problem-0-summary').fill('二单元门口垃圾堆放，无人清运');
  await page.screenshot({ path: `${SHOTS}/buildingDays-01-form.png` });
  await page.getByTestId('visit-submit').dispatchEvent('click');
  const recorded = page.getByTestId('visit-recorded');
  await expect(recorded).toContainText(target!.buildingName, { timeout: 15_000 });
  // The case's code (e.g. SJ…): the problem became a case in the core.
  await expect(recorded).toContainText(/AJ\d{13}/);
  await expect(counts).toHaveAttribute('data-visited', String(visitedBefore + 1), { timeout: 15_000 });
  await expect.poll(() => visitedOnMap(page, target!.buildingId), { timeout: 20_000 }).toBe(1);
  await waitForMapIdle(page);
  await page.screenshot({ path: `${SHOTS}/buildingDays-02-visited.png` });
});

test('an administrator records a 三会一课 meeting from its reminder and the reminder goes away; a weak branch’s plan is reviewed; organisations are rated and scored, a plan opened, and a new cadre given a grid', async ({ page, browser, baseURL }) => {
  test.setTimeout(240_000);
  await openTab(page, 'admin', 'assessment');
  await expect(page.getByTestId('assessment-orgs')).toBeVisible({ timeout: 30_000 });
  const due = await apiCall<MeetingDue[]>(page, 'partyAssessment.due', {});
  expect(due.length, 'the demo street has 三会一课 due or missed').toBeGreaterThan(0);
  const d = due[0]!;
  const row = page.getByTestId(`due-${d.orgId}-${d.kind}-${d.period}`);
  await expect(row).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/assessment-01-due.png` });
  await page.getByTestId(`due-record-${d.orgId}-${d.kind}-${d.period}`).dispatchEvent('click');
  await page.getByTestId('meeting-topic').fill('学习传达上级会议精神');
  await page.getByTestId('meeting-attendees').fill('9');
  await page.getByTestId('meeting-submit').dispatchEvent('click');
  await expect(row).toHaveCount(0, { timeout: 15_000 });
  const after = await apiCall<MeetingDue[]>(page, 'partyAssessment.due', {});
  expect(after.some((x) => x.orgId === d.orgId && x.kind === d.kind && x.period === d.period)).toBe(false);

  // A weak branch under rectification: its plan gets a review.
  const plans = await apiCall<PlanView[]>(page, 'partyAssessment.plans', { status: 'open' });
  expect(plans.length).toBeGreaterThan(0);
  const plan = plans[0]!;
  const card = page.getByTestId(`plan-${plan.id}`);
  await card.scrollIntoViewIfNeeded();
  await page.getByTestId(`plan-${plan.id}-review`).dispatchEvent('click');
  await page.getByTestId(`plan-${plan.id}-note`).fill('支部班子已调整到位，组织生活按月开展');
  await page.getByTestId(`plan-${plan.id}-submit`).dispatchEvent('click');
  await expect(page.getByTestId(`plan-${plan.id}-reviews`)).toContainText('支部班子已调整到位', { timeout: 15_000 });
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/assessment-02-plan.png` });
  // The organisation's drawer shows its rating history and this year's meetings.
  await page.getByTestId(`assessment-org-${plan.orgId}`).click();
  await expect(page.getByTestId('assessment-rating')).toHaveText('软弱涣散', { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/assessment-03-drawer.png` });

  // The wall (3840×2160) carries the counts only: organisations under rectification and this week's visits.
  const wallContext = await browser.newContext({ baseURL, viewport: { width: 3840, height: 2160 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const wall = await wallContext.newPage();
  await wall.goto('/wall');
  await expect(wall.getByTestId('unlock-username')).toBeVisible({ timeout: 60_000 });
  await unlock(wall, 'leader', 'streetops');
  await expect(wall.getByTestId('wall-party-rectifying')).toHaveText(String(plans.length), { timeout: 30_000 });
  await expect(wall.getByTestId('wall-party-visits')).toHaveText(/^\d+$/);
  await wall.screenshot({ path: `${SHOTS}/wall-party.png` });
  await wallContext.close();

  // Rating the branch under rectification out of 软弱涣散 is refused while its plan is open, in words.
  await page.getByTestId('assessment-rate').click();
  for (const c of ['organisation', 'meetings', 'members', 'service', 'role']) await page.getByTestId(`rate-${c}`).fill('18');
  await expect(page.getByTestId('rate-total')).toHaveText('总分 90，等次：先进');
  await page.getByTestId('rate-submit').click();
  await expect(page.getByTestId('rate-error')).toContainText('未销号', { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/assessment-04-refused.png` });
  await page.keyboard.press('Escape');

  // Another organisation rated from its criteria: 50 points is 软弱涣散, and a plan is opened for it.
  const rows = await apiCall<AssessmentRow[]>(page, 'partyAssessment.overview', {});
  const target = rows.find((r) => !r.underRectification && r.rating !== 'weak' && r.kind.endsWith('_branch'));
  expect(target, 'a branch in good standing to rate').toBeDefined();
  await page.getByTestId(`assessment-org-${target!.orgId}`).click();
  await page.getByTestId('assessment-rate').click();
  for (const c of ['organisation', 'meetings', 'members', 'service', 'role']) await page.getByTestId(`rate-${c}`).fill('10');
  await page.getByTestId('rate-note').fill('组织生活不经常，班子不健全');
  await expect(page.getByTestId('rate-total')).toHaveText('总分 50，等次：软弱涣散');
  await page.getByTestId('rate-submit').click();
  await expect(page.getByTestId('assessment-rating')).toHaveText('软弱涣散', { timeout: 15_000 });
  await expect(page.getByTestId('rating-2026')).toContainText('软弱涣散');
  await page.getByTestId('assessment-open-plan').click();
  await chooseOption(page, 'open-plan-leader', /·/);
  await page.getByTestId('open-plan-problems').fill('支部书记长期空缺，组织生活不正常');
  await page.getByTestId('open-plan-measures').fill('选优配强支部书记\n每月按期开展主题党日');
  await page.getByTestId('open-plan-milestone-0').fill('完成支部班子调整');
  await page.screenshot({ path: `${SHOTS}/assessment-05-open-plan.png` });
  await page.getByTestId('open-plan-submit').click();
  await expect(page.getByTestId('open-plan-form')).toHaveCount(0, { timeout: 15_000 });
  await expect(page.getByTestId('assessment-drawer').getByText('完成支部班子调整（')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/assessment-06-rated.png` });
  await page.keyboard.press('Escape');

  // 联述联评联考: a resident unit's scorecard for the year, with the grade its total gives.
  const unit = rows.find((r) => r.kind === 'resident_unit')!;
  await page.getByTestId(`assessment-org-${unit.orgId}`).click();
  await page.getByTestId('assessment-scorecard').click();
  await page.getByTestId('scorecard-report').fill('26');
  await page.getByTestId('scorecard-joint').fill('35');
  await page.getByTestId('scorecard-residents').fill('27');
  await expect(page.getByTestId('scorecard-total')).toHaveText('总分 88，等次：良好');
  await page.getByTestId('scorecard-submit').click();
  await expect(page.getByTestId('scorecard-2026')).toContainText('良好', { timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/assessment-07-scorecard.png` });
  await page.keyboard.press('Escape');

  // 分片包干: a new cadre is added, given a whole grid, and the grid shows under the cadre's row.
  await page.getByTestId('party-tab-buildingDays').click();
  await page.getByTestId('cadre-add').click();
  await page.getByTestId('cadre-submit').click();
  await expect(page.getByTestId('cadre-error')).toHaveText('请填写干部姓名（至少 2 个字）');
  await page.getByTestId('cadre-name').fill('刘卫东');
  await chooseOption(page, 'cadre-post', '科室负责人');
  await chooseOption(page, 'cadre-weekday', '周四');
  await page.getByTestId('cadre-submit').click();
  await expect(page.getByTestId('cadre-saved')).toHaveText('已保存干部 刘卫东', { timeout: 15_000 });
  const cadre = (await apiCall<CadreView[]>(page, 'buildingDay.cadres', {})).find((c) => c.name === '刘卫东')!;
  expect(cadre.buildings).toBe(0);
  const grid = (await apiCall<MapBase>(page, 'map.base', {})).gridLabels.features[0]!.properties;
  await expect(page.getByTestId(`cadre-buildings-${cadre.id}`)).toHaveText('0', { timeout: 15_000 });
  await page.getByTestId(`cadre-assign-${cadre.id}`).click();
  await page.getByTestId('assign-submit').click();
  await expect(page.getByTestId('assign-error')).toContainText('请选择要包干的网格');
  await chooseOption(page, 'assign-grid', `${grid.communityName} · ${grid.name}`);
  await page.screenshot({ path: `${SHOTS}/buildingDays-03-assign.png` });
  await page.getByTestId('assign-submit').click();
  await expect(page.getByTestId(`cadre-share-${cadre.id}`)).toContainText(grid.name, { timeout: 15_000 });
  await expect(page.getByTestId(`cadre-buildings-${cadre.id}`)).not.toHaveText('0');
  await page.getByTestId(`cadre-share-${cadre.id}`).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/buildingDays-04-share.png` });

  // 干部包楼: a second section cadre given the same grid is refused naming 刘卫东; 改派 moves it over.
  const second = await apiCall<CadreView>(page, 'buildingDay.saveCadre', { name: '陈立新', post: 'cadre', visitWeekday: 2 });
  await page.getByTestId(`cadre-assign-${second.id}`).click({ timeout: 15_000 });
  await chooseOption(page, 'assign-grid', `${grid.communityName} · ${grid.name}`);
  await page.getByTestId('assign-submit').click();
  await expect(page.getByTestId('assign-error')).toContainText('已由刘卫东包干');
  await page.screenshot({ path: `${SHOTS}/buildingDays-05-held.png` });
  await page.getByTestId('assign-reassign').click();
  await expect(page.getByTestId(`cadre-share-${second.id}`)).toContainText(grid.name, { timeout: 15_000 });
  await expect(page.getByTestId(`cadre-buildings-${cadre.id}`)).toHaveText('0', { timeout: 15_000 });
});
