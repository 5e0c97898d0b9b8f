// The dispatch desk end to end in Chromium against the browser shell: the keyboard path
// through the queue, then one case's whole life (intake from the map → register →
// dispatch to the suggested handler → accept → feedback → verification fails → rework →
// verification passes → evaluation), watched live by a second user in another context.
// The dispatcher records the handler's steps (代录), so the second user, the duty
// operator, verifies (核查): the office does not let one person do both.
import { expect, test, type Page } from '@playwright/test';
import {
  acceptCase,
  act,
  assignToSuggested,
  casePane,
  chooseQueue,
  closeCase,
  enterFeedback,
  evaluate,
  expectCaseStatus,
  expectSelfVerifyRefused,
  openDispatch,
  openQueueCase,
  queueRow,
  registerCase,
  reportCaseAt,
  reportWaitingCases,
  searchQueue,
  STATUS_LABEL,
  submitIntake,
  timelineKinds,
  verify,
  type ShownStatus,
} from './caseDriver';
import { apiCall, openUnlockScreen, screenshot, sharedSignIn, unlock, waitForMapIdle } from './driver';

/** A 2×2 PNG (blue), enough for the photo path: base64 in, thumbnail out. */
const PHOTO = {
  name: 'scene.png',
  mimeType: 'image/png',
  buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGNkYPjPwMDAxMDAwMDAAAANHQEDK+mmyAAAAABJRU5ErkJggg==', 'base64'),
};

async function signIn(page: Page, username: string): Promise<void> {
  await openUnlockScreen(page);
  await unlock(page, username, 'streetops');
  await waitForMapIdle(page);
}

// The dispatcher's tests share one signed-in desk (driver's sharedSignIn); the
// administrator's comes last, so they follow each other.
const deskPage = sharedSignIn('dispatcher');

/** Cases reported in the queue: all of them, whatever the desk shows. */
async function casesReported(page: Page): Promise<number> {
  return (await apiCall<{ total: number }>(page, 'case.queue', { queue: 'all', limit: 1, offset: 0 })).total;
}

test('the desk runs from the keyboard: cursor, search, help, register (r) and dispatch (a)', async ({ browser }) => {
  const page = await deskPage(browser);
  await reportWaitingCases(page, 3);
  await openDispatch(page);
  await chooseQueue(page, 'new');
  const rows = page.getByTestId('queue-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(1);

  // j / k move the cursor; the first row holds it at the start.
  await expect(rows.nth(0)).toHaveAttribute('data-cursor', 'true');
  await page.keyboard.press('j');
  await expect(rows.nth(1)).toHaveAttribute('data-cursor', 'true');
  await page.keyboard.press('k');
  await expect(rows.nth(0)).toHaveAttribute('data-cursor', 'true');

  // "/" focuses the search; letters typed there are text, not shortcuts.
  await page.keyboard.press('/');
  await expect(page.getByTestId('queue-search')).toBeFocused();
  await page.keyboard.type('jj');
  await expect(page.getByTestId('queue-search')).toHaveValue('jj');
  await expect(page.getByTestId('case-pane')).toHaveCount(0);
  await page.getByTestId('queue-search').fill('');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('queue-search')).not.toBeFocused();

  // "?" shows the shortcuts; Esc closes them.
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog')).toContainText('键盘快捷键');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Enter opens the cursor case, r registers it, a dispatches it to the suggested handler.
  const code = (await rows.nth(0).getAttribute('data-code'))!;
  await page.keyboard.press('Enter');
  await expect(casePane(page)).toHaveAttribute('data-case-id', (await rows.nth(0).getAttribute('data-case-id'))!);
  await expectCaseStatus(page, 'reported');
  // a before r: the desk says why it cannot dispatch yet, and changes nothing.
  await page.keyboard.press('a');
  await expect(page.getByTestId('desk-flash')).toContainText('尚未立案');
  await expectCaseStatus(page, 'reported');
  await page.keyboard.press('r');
  await expectCaseStatus(page, 'registered');
  await expect(page.getByTestId('desk-flash')).toContainText(code);
  await page.keyboard.press('a');
  await expectCaseStatus(page, 'dispatched');
  await expect(page.getByTestId('desk-flash')).toContainText('已派遣');
  await expect(page.getByTestId('case-assignee-value')).not.toHaveText('无');
  // The case left 待立案: the queue no longer lists it there.
  await expect(queueRow(page, code)).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(casePane(page)).toHaveCount(0);
});

test('a case from the map to its evaluation, watched live from a second window', async ({ browser }) => {
  // The whole workflow in two windows: 52 s on a quiet CI machine, over 2 min on a loaded one.
  test.setTimeout(300_000);
  const page = await deskPage(browser);
  await openDispatch(page);
  await screenshot(page, '10-dispatch-queue');

  // Intake: category, a click on the map (grid and address found there), description, photo, reporter.
  const place = await reportCaseAt(page, {
    subcategory: '暴露垃圾',
    description: '小区门口垃圾桶满溢，垃圾散落路面，气味较大。',
    reporterName: '李女士',
    reporterPhone: '13800138000',
    photo: PHOTO,
  });
  expect(place.grid).toContain('网格');
  await expect(page.getByTestId('pick-hint')).toBeVisible();
  await screenshot(page, '11-intake');

  // Validation stays beside its field: a bad phone is refused before anything is sent.
  await page.getByTestId('intake-reporter-phone').fill('12345');
  await submitIntake(page);
  await expect(page.getByText('请输入11位手机号或固定电话')).toBeVisible();
  await page.getByTestId('intake-reporter-phone').fill('13800138000');
  await submitIntake(page);
  const code = await registerCase(page);
  await expect(page.getByTestId('case-description')).toContainText('垃圾桶满溢');
  await expect(page.getByTestId('case-photo')).toHaveCount(1);

  // A second user (the duty operator) has the queue open on this case in another context.
  const watcherContext = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const watcher = await watcherContext.newPage();
  await signIn(watcher, 'operator');
  await openDispatch(watcher);
  await chooseQueue(watcher, 'all');
  await searchQueue(watcher, code);
  await expect(queueRow(watcher, code)).toHaveAttribute('data-status', 'registered');

  // Times are read in the browsers (one machine, one clock: performance.timeOrigin + now),
  // not in the test runner, whose view of each page lags by its own protocol round trips.
  // Both users act (the dispatcher records, the operator verifies): both pages time their calls.
  const timeActs = (p: Page) => p.evaluate(() => {
    const w = window as typeof window & { __act?: { sentAt: number; answeredAt: number } };
    const original = window.fetch.bind(window);
    window.fetch = async (input, init) => {
      const isAct = String(input instanceof Request ? input.url : input).endsWith('/api/call/case.act');
      const sentAt = performance.timeOrigin + performance.now();
      const response = await original(input, init);
      if (isAct) w.__act = { sentAt, answeredAt: performance.timeOrigin + performance.now() };
      return response;
    };
  });
  await timeActs(page);
  await timeActs(watcher);
  const liveTimes: Record<string, { fromAnswer: number; fromClick: number }> = {};
  /**
   * Runs one step on the acting page (the dispatcher's unless said) and measures when the
   * other user shows its outcome: the operator in their queue row, the dispatcher in the open case.
   */
  const watched = async (label: string, to: ShownStatus, step: () => Promise<void>, actor: Page = page) => {
    const observer = actor === page ? watcher : page;
    const selector = observer === watcher ? `[data-testid="queue-row"][data-code="${code}"]` : '[data-testid="case-pane"]';
    const seenAt = observer.evaluate(
      ([sel, s]) =>
        new Promise<number>((resolve, reject) => {
          const now = () => performance.timeOrigin + performance.now();
          const shown = () => document.querySelector(sel)?.getAttribute('data-status') === s;
          const observer = new MutationObserver(() => {
            if (!shown()) return;
            observer.disconnect();
            resolve(now());
          });
          observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-status'] });
          setTimeout(() => {
            observer.disconnect();
            reject(new Error(`the other user did not show ${s} within 10 s`));
          }, 10_000);
        }),
      [selector, to] as const,
    );
    await step();
    const seen = await seenAt;
    const act = await actor.evaluate(() => (window as typeof window & { __act?: { sentAt: number; answeredAt: number } }).__act!);
    liveTimes[label] = { fromAnswer: Math.round(seen - act.answeredAt), fromClick: Math.round(seen - act.sentAt) };
    if (observer === watcher) await expect(queueRow(watcher, code).getByTestId('queue-row-status')).toHaveText(STATUS_LABEL[to]);
    else await expectCaseStatus(page, to);
  };

  // 派遣: the suggested handler comes pre-selected with its workload.
  let handler = '';
  await watched('dispatch', 'dispatched', async () => {
    await page.getByTestId('case-action-dispatch').click();
    await expect(page.getByTestId('dispatch-suggested')).toBeVisible();
    await screenshot(page, '13-dispatch-form');
    await page.getByTestId('case-action-dispatch').click(); // close it: the driver opens it again
    handler = await assignToSuggested(page);
  });
  await expect(page.getByTestId('case-assignee-value')).toHaveText(handler);
  await expect(page.getByTestId('case-due')).toContainText('剩余');

  // The dispatcher enters the handler's acceptance and feedback for them (代录).
  await watched('accept', 'handling', () => acceptCase(page));
  // 反馈 without a result asks for the result (处置结果), not for a reason.
  await act(page, 'feedback');
  const feedbackForm = page.locator('[data-testid="action-form"][data-action="feedback"]');
  await feedbackForm.getByTestId('action-submit').click();
  await expect(feedbackForm.getByText('请填写处置结果（至少2个字）')).toBeVisible();
  await expect(feedbackForm.getByText('请填写原因', { exact: false })).toHaveCount(0);
  await screenshot(page, '16-feedback-empty');
  await feedbackForm.getByTestId('action-cancel').click();
  await watched('feedback', 'awaiting_verification', () => enterFeedback(page, '已清运垃圾并冲洗路面'));

  // Having recorded the feedback, the dispatcher may not verify it: refused, nothing changes.
  await expectSelfVerifyRefused(page, 'verifyPass');
  // The operator verifies: they open the case from their queue.
  await openQueueCase(watcher, code, 'awaiting_verification');

  // A missing reason is refused beside the field, nothing is sent.
  await act(watcher, 'verifyFail');
  await watcher.locator('[data-testid="action-form"][data-action="verifyFail"]').getByTestId('action-submit').click();
  await expect(watcher.getByText('请填写原因（至少2个字）')).toBeVisible();
  await watcher.getByTestId('action-cancel').click();

  await watched('verifyFail', 'handling', () => verify(watcher, 'fail', '路面仍有污渍，需返工'), watcher);
  await expect(page.getByText('返工 1 次')).toBeVisible();
  // Rework: the case is back in handling; the handler reports again (through the desk).
  await watched('feedback-again', 'awaiting_verification', () => enterFeedback(page, '返工：路面已清洗干净'));
  await watched('verifyPass', 'closed', () => closeCase(watcher), watcher);
  // 评价 without stars: one message, about the stars (the hint gives way to the error).
  await act(page, 'evaluate');
  const evaluateForm = page.locator('[data-testid="action-form"][data-action="evaluate"]');
  await evaluateForm.getByTestId('action-submit').click();
  await expect(evaluateForm.getByText('请选择 1–5 星')).toBeVisible();
  await expect(evaluateForm.getByText('请点选 1–5 星')).toHaveCount(0);
  await screenshot(page, '17-evaluate-no-stars');
  await evaluateForm.getByTestId('action-cancel').click();
  await evaluate(page, 5, '处理及时');

  // The timeline tells the whole story, oldest first.
  expect(await timelineKinds(page)).toEqual(['report', 'register', 'dispatch', 'accept', 'feedback', 'verify_fail', 'feedback', 'close', 'evaluate']);
  await expect(casePane(page).getByTestId('case-event').nth(5)).toContainText('路面仍有污渍');
  // The handler's steps say they were recorded for the handler (代录), the verifications are the operator's own.
  const events = casePane(page).getByTestId('case-event');
  for (const i of [3, 4, 6]) await expect(events.nth(i).getByTestId('case-event-actor'), `event ${i}`).toHaveAttribute('data-on-behalf', handler);
  for (const i of [5, 7]) {
    await expect(events.nth(i).locator('[data-on-behalf]'), `event ${i}`).toHaveCount(0);
    await expect(events.nth(i).getByTestId('case-event-actor'), `event ${i}`).toContainText('值班员');
  }
  await casePane(page).getByTestId('case-event').last().scrollIntoViewIfNeeded();
  await screenshot(page, '12-case-timeline');

  // The watcher's queue shows the final state too.
  await screenshot(watcher, '14-watcher-queue');
  // From the acting page's answer to the watcher showing the new status (negative: the
  // pushed event overtook the answer); and from the acting page's request, end to end.
  console.log(`LIVE_UPDATE_MS=${liveTimes.dispatch!.fromAnswer}`);
  console.log(`LIVE_UPDATE_MS_FROM_REQUEST=${liveTimes.dispatch!.fromClick}`);
  console.log(`LIVE_UPDATE_BY_STEP=${JSON.stringify(liveTimes)}`);
  await watcherContext.close();
});

test('intake refuses an incomplete report field by field', async ({ browser }) => {
  const page = await deskPage(browser);
  await openDispatch(page);
  const before = await casesReported(page);
  await page.keyboard.press('n');
  await expect(page.getByTestId('intake-panel')).toBeVisible();
  await submitIntake(page);
  await expect(page.getByText('请选择小类')).toBeVisible();
  await expect(page.getByText('请在地图上点选位置，或通过搜索定位')).toBeVisible();
  await expect(page.getByText('请描述问题（至少4个字）')).toBeVisible();
  await screenshot(page, '15-intake-errors');
  // Nothing was reported (asked of the core: the shared desk may still refresh from earlier steps).
  expect(await casesReported(page)).toBe(before);
  await page.getByTestId('intake-close').click();
  await expect(page.getByTestId('intake-panel')).toHaveCount(0);
});

test('registered cases go out together by bulk assignment, and the desk reads in English', async ({ browser }) => {
  const page = await deskPage(browser);
  await reportWaitingCases(page, 2);
  await openDispatch(page);
  // The desk was open on 待立案 already: another queue first, so 待立案 is asked for anew and holds the cases just reported.
  await chooseQueue(page, 'all');
  await chooseQueue(page, 'new');
  // Register whatever waits in 待立案 from the keyboard.
  const rows = page.getByTestId('queue-row');
  let left = await rows.count();
  while (left > 0) {
    await rows.first().click();
    await expectCaseStatus(page, 'reported');
    await page.keyboard.press('r');
    await expectCaseStatus(page, 'registered');
    await expect(rows).toHaveCount(left - 1);
    left -= 1;
  }
  await page.keyboard.press('Escape');

  await chooseQueue(page, 'toDispatch');
  // The previous queue was emptied: wait for this queue's rows before counting them.
  await expect(rows).not.toHaveCount(0);
  const waiting = await rows.count();
  expect(waiting).toBeGreaterThan(0);
  await page.getByTestId('queue-select-all').click();
  await expect(page.getByTestId('bulk-count')).toHaveText(`已选 ${waiting} 件`);
  await page.getByTestId('bulk-assignee').click();
  await page.getByTestId('bulk-assignee').fill('城管');
  await page.getByRole('option', { name: /城管/ }).first().click();
  // A reassignment needs a reason, in bulk as for one case: without it nothing is sent.
  await page.getByTestId('bulk-submit').click();
  await expect(page.getByText('请填写批量改派的原因（至少2个字）')).toBeVisible();
  await expect(rows).toHaveCount(waiting);
  await page.getByTestId('bulk-note').fill('城管专班集中处置');
  await page.getByTestId('bulk-submit').click();
  await expect(page.getByTestId('desk-flash')).toContainText(`成功 ${waiting} 件，失败 0 件`);
  await expect(rows).toHaveCount(0);

  await page.getByTestId('language-switch').getByText('English').click();
  await chooseQueue(page, 'inProgress');
  await rows.first().click();
  await expect(page.getByTestId('case-pane-status')).toHaveText(/Dispatched|Handling/);
  await waitForMapIdle(page);
  await screenshot(page, '18-desk-english');
  await page.getByTestId('language-switch').getByText('中文').click();
});

test('an admin keeps the dispatch rules and the work calendar', async ({ page }) => {
  await signIn(page, 'admin');
  await openDispatch(page);
  await page.getByTestId('desk-settings').click();
  const modal = page.getByRole('dialog');
  await expect(modal.getByTestId('rules-editor')).toBeVisible();

  // A rule: 暴露垃圾 anywhere in the street goes to the street's city management office.
  const rulesBefore = await modal.getByTestId('rules-row').count();
  await modal.getByTestId('rules-add').click();
  await modal.getByTestId('rules-category').click();
  await modal.getByTestId('rules-category').fill('暴露垃圾');
  await page.getByRole('option', { name: /暴露垃圾/ }).first().click();
  await modal.getByTestId('rules-assignee').click();
  await modal.getByTestId('rules-assignee').fill('城管');
  await page.getByRole('option', { name: /城管/ }).first().click();
  await modal.getByTestId('rules-note').fill('夜间保洁专班');
  await modal.getByTestId('rules-save').click();
  await expect(modal.getByTestId('rules-row')).toHaveCount(rulesBefore + 1);
  const rule = modal.getByTestId('rules-row').filter({ hasText: '夜间保洁专班' });
  await expect(rule).toContainText('暴露垃圾');
  await screenshot(page, '16-dispatch-rules');
  await rule.getByTestId('rules-delete').click();
  await page.getByTestId('rules-delete-confirm').click();
  await expect(modal.getByTestId('rules-row')).toHaveCount(rulesBefore);

  // The calendar: a holiday added, turned into a make-up day, then back to normal.
  await modal.getByTestId('settings-tab-calendar').click();
  await expect(modal.getByTestId('calendar-day').first()).toBeVisible();
  const year = Number(await modal.getByTestId('calendar-year').inputValue());
  const date = `${year}-03-10`;
  await modal.getByTestId('calendar-date').fill(date);
  await modal.getByTestId('calendar-note').fill('街道临时休息日');
  await modal.getByTestId('calendar-add').click();
  const day = modal.locator(`[data-testid="calendar-day"][data-date="${date}"]`);
  await expect(day).toContainText('节假日');
  await expect(day).toContainText('街道临时休息日');
  await day.scrollIntoViewIfNeeded();
  await screenshot(page, '17-work-calendar');
  await day.getByTestId('calendar-flip').click();
  await expect(day).toContainText('调休上班');
  await day.getByTestId('calendar-reset').click();
  await expect(day).toHaveCount(0);
});
