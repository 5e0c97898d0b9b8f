// Meetings that decide, end to end in Chromium: a leader in the briefing deck records a
// decision on an overdue case with its key; the case is put under 督办; at the next meeting of
// the 研判会 the decision is listed with its progress (late: the case is past due); and a
// resident matter goes through the five steps (居民提事 → 网格议事 → 会议定事 → 联动办事 →
// 群众评事). Screenshots of the deck and the workspace at 1920×1080.
import { expect, test, type Page } from '@playwright/test';
import type { MeetingDetail } from '../../src/shared/meetings';
import type { CaseDetail } from '../../src/shared/views';
import type { MapBase } from '../../src/shared/views';
import { apiCall, chooseOption, openUnlockScreen, unlock } from './driver';

const SHOTS = process.env.MEETINGS_SHOTS ?? '/tmp/shots-hA';

async function toSlide(page: Page, kind: string): Promise<void> {
  const deck = page.getByTestId('briefing-deck');
  for (let i = 0; i < 20 && (await deck.getAttribute('data-slide-kind')) !== kind; i += 1) await page.keyboard.press('ArrowRight');
  await expect(deck).toHaveAttribute('data-slide-kind', kind);
}

async function confirmStep(page: Page): Promise<void> {
  await page.getByTestId('matter-step-confirm').click();
  await expect(page.getByTestId('matter-step-modal')).toHaveCount(0, { timeout: 15_000 });
}

test('a leader decides on an overdue case in the deck; the next meeting lists it with its progress; a matter goes through the five steps', async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openUnlockScreen(page);
  await unlock(page, 'leader', 'streetops');

  // The briefing deck, on its 超期与督办 slide: the key on a case not yet supervised.
  await page.getByTestId('briefing-open').click();
  await page.getByTestId('briefing-period-month').click();
  await page.getByTestId('briefing-build').click();
  const deck = page.getByTestId('briefing-deck');
  await expect(deck).toBeVisible({ timeout: 60_000 });
  await toSlide(page, 'attention');
  const rows = page.locator('.briefing-page[data-current="true"] [data-testid="briefing-attention-table"] tbody tr').filter({ hasNot: page.locator('.bs-badge') });
  const key = rows.first().locator('[data-testid^="briefing-decide-case-"]');
  const code = ((await key.getAttribute('data-testid')) ?? '').replace('briefing-decide-case-', '');
  expect(code).not.toBe('');
  await key.click();
  const form = page.getByTestId('briefing-decide-text');
  await expect(form).toBeVisible();
  await expect(page.getByTestId('briefing-decide-supervise')).toBeChecked();
  await page.getByTestId('briefing-decide-text').fill('责成责任单位三日内办结，网格中心跟踪督办');
  await page.getByTestId('briefing-decide-owner').fill('城管执法中队');
  await page.screenshot({ path: `${SHOTS}/meetings-01-deck-form.png` });
  await page.getByTestId('briefing-decide-save').click();
  await expect(form).toHaveCount(0, { timeout: 15_000 });
  // The deck keeps it: the session's list beside the slides.
  const kept = page.getByTestId('briefing-session-decisions');
  await expect(kept).toHaveAttribute('data-count', '1', { timeout: 15_000 });
  // The slide itself follows: the case's row now carries its 督办 badge (the deck was built before).
  const row = page.locator('.briefing-page[data-current="true"] [data-testid="briefing-attention-table"] tbody tr').filter({ has: page.getByTestId(`briefing-decide-case-${code}`) });
  await expect(row.locator('.bs-badge')).toBeVisible({ timeout: 15_000 });
  await page.getByTestId('briefing-session-toggle').click();
  await expect(page.getByTestId('briefing-session-decision')).toHaveCount(1);
  await expect(deck).toHaveAttribute('data-slide-kind', 'attention');
  await page.screenshot({ path: `${SHOTS}/meetings-02-deck-kept.png` });

  // The case got its 督办 flag, through the case's own state machine.
  const session = await apiCall<MeetingDetail>(page, 'meeting.briefingSession', {});
  const caseId = session.topics[0]!.caseId!;
  const detail = await apiCall<CaseDetail>(page, 'case.detail', { id: caseId });
  expect(detail.code).toBe(code);
  expect(detail.supervised).toBe(true);

  // Out of the deck, into 会议议事: the next meeting of the 研判会 opens with that decision and its progress.
  await page.keyboard.press('Escape');
  await page.getByTestId('briefing-back').click();
  await page.getByTestId('mode-meetings').click();
  await expect(page.getByTestId('meetings-workspace')).toBeVisible();
  await chooseOption(page, 'meetings-body', '街道形势研判会');
  await page.getByTestId('meetings-open').click();
  await page.getByTestId('meeting-held-on').fill('2026-11-25');
  await page.getByTestId('meeting-title').fill('十一月第四周形势研判会');
  await page.getByTestId('meeting-open-save').click();
  const view = page.getByTestId('meeting-view');
  await expect(view).toBeVisible({ timeout: 15_000 });
  const previous = page.getByTestId('previous-decision');
  await expect(previous).toHaveCount(1);
  // The case is past its due: the decision is late, and says so.
  await expect(previous.first()).toHaveAttribute('data-progress', 'late');
  await expect(previous.first().getByTestId('decision-item')).toHaveAttribute('data-kind', 'supervise');
  await expect(previous.first()).toContainText(code);
  await expect(previous.first()).toContainText('已逾期');
  await page.screenshot({ path: `${SHOTS}/meetings-03-next-meeting.png` });

  // The decide form takes every kind of follow-up item: a 督办 on a case found by its number and
  // a need of the lists; a case not picked is named before anything is sent.
  await page.getByTestId('meeting-decide').click();
  await page.getByTestId('decide-topic').fill('超期案件与居民需求');
  await page.getByTestId('decide-text').fill('超期案件继续督办，楼道照明需求由共建单位认领');
  await page.getByTestId('decide-item-0-kind').getByText('督办').click();
  await page.getByTestId('decide-item-0-owner').fill('城管执法中队');
  await page.getByTestId('decide-item-0-due').fill('2026-11-30');
  await page.getByTestId('decide-save').click();
  await expect(page.getByTestId('decide-error')).toHaveText('第 1 项：请选择案件');
  await page.getByTestId('decide-item-0-case').fill(code);
  await chooseOption(page, 'decide-item-0-case', new RegExp(code));
  await page.getByTestId('decide-add-item').click();
  await page.getByTestId('decide-item-1-kind').getByText('清单项目').click();
  await chooseOption(page, 'decide-item-1-list', /^需求 /);
  await page.getByTestId('decide-item-1-owner').fill('社区党委');
  await page.getByTestId('decide-item-1-due').fill('2026-12-10');
  await page.screenshot({ path: `${SHOTS}/meetings-03b-decide-form.png` });
  await page.getByTestId('decide-save').click();
  await expect(page.getByTestId('meeting-decide-modal')).toHaveCount(0, { timeout: 15_000 });
  const decided = view.getByTestId('meeting-topic').filter({ hasText: '超期案件与居民需求' });
  await expect(decided.getByTestId('decision-item')).toHaveCount(2);
  await expect(decided.locator('[data-testid="decision-item"][data-kind="supervise"]')).toContainText(code);
  await expect(decided.locator('[data-testid="decision-item"][data-kind="party_list"]')).toHaveCount(1);

  // 议事: a matter through the five steps.
  await page.getByTestId('meetings-tab-matters').click();
  await page.getByTestId('matter-raise').click();
  const base = await apiCall<MapBase>(page, 'map.base', {});
  const g = base.gridLabels.features[0]!.properties;
  await page.getByTestId('matter-title').fill('老楼加装电梯');
  await page.getByTestId('matter-description').fill('五层老楼居民联名申请加装电梯，低层住户有顾虑');
  await page.getByTestId('matter-raised-by').fill('3号楼居民12户联名');
  await chooseOption(page, 'matter-grid', `${g.communityName} · ${g.name}`);
  await confirmStep(page);
  const stage = page.getByTestId('matter-stage');
  await expect(stage).toHaveText('居民提事');

  await page.getByTestId('matter-step-discuss').click();
  await page.getByTestId('matter-minutes').fill('网格议事会，居民代表充分发言');
  await page.getByTestId('matter-options').fill('按单元征询后加装\n暂缓，先做低层补偿方案');
  await page.getByTestId('matter-speakers').fill('楼栋长，1，老人上下楼太难\n一楼住户代表，2，担心采光');
  await confirmStep(page);
  await expect(stage).toHaveText('网格议事');
  await expect(page.getByTestId('matter-discussion')).toContainText('楼栋长');

  await page.getByTestId('matter-step-decide').click();
  await chooseOption(page, 'matter-meeting', '十一月第四周形势研判会');
  await chooseOption(page, 'matter-option', '按单元征询后加装');
  await page.getByTestId('matter-decision-text').fill('按单元征询，同意率达标的单元加装电梯');
  await confirmStep(page);
  await expect(stage).toHaveText('会议定事');

  await page.getByTestId('matter-add-item').click();
  await page.getByTestId('item-title').fill('逐户征询意见');
  await page.getByTestId('item-owner').fill('社区居委会');
  await page.getByTestId('item-due').fill('2026-12-15');
  await confirmStep(page);
  await page.getByTestId('matter-step-act').click();
  await confirmStep(page);
  await expect(stage).toHaveText('联动办事');

  // Residents evaluate finished work: the task is completed first.
  const drawer = page.getByTestId('matter-drawer');
  await drawer.getByTestId('item-complete').click();
  await expect(drawer.getByTestId('decision-progress')).toHaveAttribute('data-progress', 'done', { timeout: 15_000 });
  await page.getByTestId('matter-step-evaluate').click();
  await confirmStep(page);
  await expect(stage).toHaveText('群众评事');
  await expect(page.getByTestId('matter-history')).toHaveCount(5);
  await expect(page.getByTestId('matter-satisfaction')).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/meetings-04-matter-evaluated.png` });
});
