// The dispatch desk in a dispatcher's words: open the desk, report a case from the map,
// register, dispatch to the suggested handler, enter the handler's steps, verify, close
// and evaluate. Verification (核查) is another desk user's: whoever recorded the feedback
// is refused. data-testid selectors only; waits are on what the user would see.
import { expect, type Locator, type Page } from '@playwright/test';
import { apiCall, findHomeBuilding, waitForMapIdle } from './driver';

/** Statuses as the zh-CN desk shows them. */
export const STATUS_LABEL = {
  reported: '待立案',
  registered: '已立案',
  dispatched: '已派遣',
  handling: '处置中',
  awaiting_verification: '待核查',
  closed: '已结案',
  cancelled: '已作废',
} as const;
export type ShownStatus = keyof typeof STATUS_LABEL;

export async function queueVersion(page: Page): Promise<number> {
  return Number(await page.getByTestId('dispatch-queue').getAttribute('data-version'));
}

/** Waits until the queue has answered after `before` (a version read before the change). */
export async function waitForQueue(page: Page, before: number): Promise<void> {
  await expect.poll(() => queueVersion(page), { timeout: 15_000 }).toBeGreaterThan(before);
}

export async function openDispatch(page: Page): Promise<void> {
  await page.getByTestId('mode-dispatch').click();
  await expect(page.getByTestId('dispatch-queue')).toBeVisible();
  await waitForQueue(page, 0);
}

export async function chooseQueue(page: Page, queue: string): Promise<void> {
  const tab = page.getByTestId(`queue-tab-${queue}`);
  if ((await tab.getAttribute('aria-selected')) === 'true') return;
  const before = await queueVersion(page);
  await tab.click();
  await waitForQueue(page, before);
}

export async function searchQueue(page: Page, text: string): Promise<void> {
  const before = await queueVersion(page);
  await page.getByTestId('queue-search').fill(text);
  await waitForQueue(page, before);
  // Back to the desk's keys.
  await page.getByTestId('queue-search').press('Escape');
}

export function queueRow(page: Page, code: string): Locator {
  return page.locator(`[data-testid="queue-row"][data-code="${code}"]`);
}

export function casePane(page: Page): Locator {
  return page.getByTestId('case-pane');
}

export async function expectCaseStatus(page: Page, status: ShownStatus): Promise<void> {
  await expect(casePane(page)).toHaveAttribute('data-status', status);
  await expect(page.getByTestId('case-pane-status')).toHaveText(STATUS_LABEL[status]);
}

export interface IntakeDetails {
  /** Typed into the category search; the first matching subcategory is taken. */
  subcategory: string;
  description: string;
  reporterName?: string;
  reporterPhone?: string;
  photo?: { name: string; mimeType: string; buffer: Buffer };
}

/** Opens the intake form, fills it, places the case with a click on a building on the map, and submits. */
export async function reportCaseAt(page: Page, details: IntakeDetails): Promise<{ grid: string; address: string }> {
  await page.getByTestId('desk-intake').click();
  const panel = page.getByTestId('intake-panel');
  await expect(panel).toBeVisible();
  await expect(page.getByTestId('map')).toHaveAttribute('data-pick-mode', 'true');

  await panel.getByTestId('intake-category').click();
  await panel.getByTestId('intake-category').fill(details.subcategory);
  await page.getByRole('option', { name: new RegExp(details.subcategory) }).first().click();
  await expect(panel.getByTestId('intake-category-limit')).toBeVisible();

  await waitForMapIdle(page);
  const building = await findHomeBuilding(page);
  await page.mouse.click(building.x, building.y);
  await expect(panel.getByTestId('intake-place')).toHaveAttribute('data-status', 'found');
  const grid = (await panel.getByTestId('intake-grid').innerText()).trim();
  await expect(panel.getByTestId('intake-address')).not.toHaveValue('');
  const address = await panel.getByTestId('intake-address').inputValue();

  await panel.getByTestId('intake-description').fill(details.description);
  if (details.reporterName) await panel.getByTestId('intake-reporter-name').fill(details.reporterName);
  if (details.reporterPhone) await panel.getByTestId('intake-reporter-phone').fill(details.reporterPhone);
  if (details.photo) {
    await panel.getByTestId('intake-photo-input').setInputFiles(details.photo);
    await expect(panel.getByTestId('intake-photo')).toHaveCount(1);
  }
  return { grid, address };
}

export async function submitIntake(page: Page): Promise<void> {
  await page.getByTestId('intake-submit').click();
}

/**
 * After submitting: when duplicates are offered, decide "not a duplicate"; either way the
 * new case opens registered. Returns its code.
 */
export async function registerCase(page: Page): Promise<string> {
  const duplicates = page.getByTestId('intake-duplicates');
  const registered = casePane(page).and(page.locator('[data-status="registered"]'));
  await expect(duplicates.or(registered)).toBeVisible();
  if (await duplicates.isVisible()) await page.getByTestId('intake-register-anyway').click();
  await expectCaseStatus(page, 'registered');
  return (await page.getByTestId('case-pane-code').innerText()).trim();
}

/** 派遣 through the form, taking the pre-selected suggestion. Returns the handler's name. */
export async function assignToSuggested(page: Page): Promise<string> {
  await page.getByTestId('case-action-dispatch').click();
  const suggested = page.getByTestId('dispatch-suggested');
  await expect(suggested.locator('input[type="radio"]')).toBeChecked();
  const name = (await suggested.getAttribute('data-name')) ?? '';
  await page.getByTestId('action-submit').click();
  await expectCaseStatus(page, 'dispatched');
  return name;
}

/** Clicks an action button; fills its note when it opens a form, then submits. */
export async function act(page: Page, action: string, note?: string): Promise<void> {
  await page.getByTestId(`case-action-${action}`).click();
  if (note !== undefined) {
    const form = page.locator(`[data-testid="action-form"][data-action="${action}"]`);
    await form.getByTestId('action-note').fill(note);
    await form.getByTestId('action-submit').click();
  }
}

export async function acceptCase(page: Page): Promise<void> {
  await act(page, 'accept');
  await expectCaseStatus(page, 'handling');
}

export async function enterFeedback(page: Page, note: string): Promise<void> {
  await act(page, 'feedback', note);
  await expectCaseStatus(page, 'awaiting_verification');
}

export async function verify(page: Page, outcome: 'pass' | 'fail', note?: string): Promise<void> {
  if (outcome === 'pass') {
    await act(page, 'verifyPass');
    await expectCaseStatus(page, 'closed');
  } else {
    await act(page, 'verifyFail', note ?? '现场核查未整改到位');
    await expectCaseStatus(page, 'handling');
  }
}

export const closeCase = (page: Page) => verify(page, 'pass');

/** The one who recorded the feedback tries to verify it: the desk says another person must, and the case stays 待核查. */
export async function expectSelfVerifyRefused(page: Page, action: 'verifyPass' | 'verifyFail' = 'verifyPass'): Promise<void> {
  await act(page, action, action === 'verifyFail' ? '现场核查未整改到位' : undefined);
  await expect(page.getByTestId('action-error')).toContainText('须由其他人员核查');
  await expectCaseStatus(page, 'awaiting_verification');
}

/** Opens a case listed in the current queue by its code, and waits for it in the case pane. */
export async function openQueueCase(page: Page, code: string, status: ShownStatus): Promise<void> {
  await queueRow(page, code).click();
  await expect(casePane(page)).toHaveAttribute('data-case-id', (await queueRow(page, code).getAttribute('data-case-id'))!);
  await expectCaseStatus(page, status);
}

export async function evaluate(page: Page, stars: 1 | 2 | 3 | 4 | 5, note?: string): Promise<void> {
  await page.getByTestId('case-action-evaluate').click();
  const form = page.locator('[data-testid="action-form"][data-action="evaluate"]');
  // Mantine's Rating: a radio per star, named "n 星"; Space picks the focused one.
  await form.getByRole('radio', { name: `${stars} 星`, exact: true }).focus();
  await page.keyboard.press(' ');
  if (note) await form.getByTestId('action-note').fill(note);
  await form.getByTestId('action-submit').click();
  await expect(page.getByTestId('case-satisfaction-value')).toHaveText(`${stars} 星`);
}

/** The timeline's event kinds, oldest first. */
export async function timelineKinds(page: Page): Promise<string[]> {
  return casePane(page)
    .getByTestId('case-event')
    .evaluateAll((items) => items.map((i) => i.getAttribute('data-kind') ?? ''));
}

/**
 * Cases a hotline call just brought in, reported through the page's own session: the demo
 * street's intake queue depends on the hour it was generated at (cases come in round the
 * clock and are registered in working hours), and a test must not.
 */
export async function reportWaitingCases(page: Page, count: number): Promise<void> {
  const base = await apiCall<{ gridLabels: { features: { geometry: { coordinates: number[] } }[] } }>(page, 'map.base', {});
  const categories = await apiCall<{ caseClass: string; children: { id: number }[] }[]>(page, 'case.categories', {});
  const categoryId = categories.find((c) => c.caseClass === 'event')!.children[0]!.id;
  for (let i = 0; i < count; i++) {
    const [lng, lat] = base.gridLabels.features[i % base.gridLabels.features.length]!.geometry.coordinates;
    await apiCall(page, 'case.report', { source: 'hotline', categoryId, lng, lat, description: `12345热线：路灯不亮，居民反映第${i + 1}处` });
  }
}
