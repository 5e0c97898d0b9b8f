// English mode shows no Chinese outside data: the dispatcher's desk (queue, filters, header,
// summary) and the case pane (facts, actions, timeline with its actors and notes) are
// scanned for CJK characters in every visible text node, leaving out what is data: names of
// people and places, addresses and text a person typed, all marked `data-field`; and the
// language switch's 中文, marked lang="zh-CN".
import { expect, test, type Page } from '@playwright/test';
import { casePane, chooseQueue, openDispatch, reportWaitingCases } from './caseDriver';
import { openUnlockScreen, screenshot, unlock, waitForMapIdle } from './driver';

/** Han characters and the CJK punctuation and full-width forms that come with them. */
const CJK_SOURCE = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef]';

/** Visible text outside data fields that contains CJK, each with the test ids around it. */
function chineseOutsideData(page: Page, rootTestId: string): Promise<string[]> {
  return page.evaluate(
    ([root, source]) => {
      const cjk = new RegExp(source);
      const scope = document.querySelector(`[data-testid="${root}"]`);
      if (!scope) throw new Error(`no [data-testid="${root}"] on the page`);
      const found: string[] = [];
      const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!cjk.test(text)) continue;
        const el = node.parentElement;
        if (!el || el.closest('[data-field]')) continue;
        // Text declared in another language on purpose (the language switch's 中文).
        if (el.closest('[lang]')?.getAttribute('lang') !== 'en') continue;
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const box = el.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        const ids: string[] = [];
        for (let e: Element | null = el; e && ids.length < 3; e = e.parentElement) {
          const id = e.getAttribute('data-testid');
          if (id) ids.push(id);
        }
        found.push(`"${text.trim()}" in ${ids.join(' < ') || el.tagName.toLowerCase()}`);
      }
      return found;
    },
    [rootTestId, CJK_SOURCE] as const,
  );
}

async function openFirstCase(page: Page, queue: string): Promise<void> {
  await chooseQueue(page, queue);
  const row = page.getByTestId('queue-row').first();
  await expect(row).toBeVisible();
  const id = await row.getAttribute('data-case-id');
  await row.click();
  await expect(casePane(page)).toHaveAttribute('data-case-id', id!);
  await expect(casePane(page)).toHaveAttribute('data-loaded', 'true');
  await expect(casePane(page).getByTestId('case-event').first()).toBeVisible();
}

test('English mode: the desk and the case pane show no Chinese outside names, addresses and typed text', async ({ page }) => {
  // Four desk states, each scanned and photographed: longer than one workflow step.
  test.setTimeout(300_000);
  await openUnlockScreen(page);
  await unlock(page, 'dispatcher', 'streetops');
  await waitForMapIdle(page);
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await reportWaitingCases(page, 1);
  await openDispatch(page);

  // A case just reported (register, cancel, merge), then registered with the dispatch form open (the suggested handler, alternatives).
  await openFirstCase(page, 'new');
  expect(await chineseOutsideData(page, 'console'), 'desk (new)').toEqual([]);
  await page.getByTestId('case-action-register').click();
  await expect(casePane(page)).toHaveAttribute('data-status', 'registered');
  await page.getByTestId('case-action-dispatch').click();
  await expect(page.getByTestId('dispatch-suggested')).toBeVisible();
  await expect(page.getByTestId('dispatch-suggested')).toContainText(/Grid worker|Grid head|department|office|company/);
  await screenshot(page, 'english-desk-dispatch-form');
  expect(await chineseOutsideData(page, 'console'), 'desk (dispatch form)').toEqual([]);

  // A case in handling (dispatched to someone, accepted), and a closed one (verified, evaluated).
  for (const queue of ['inProgress', 'closed']) {
    await openFirstCase(page, queue);
    await waitForMapIdle(page);
    await screenshot(page, `english-desk-${queue}`);
    expect(await chineseOutsideData(page, 'case-pane'), `case pane (${queue})`).toEqual([]);
    expect(await chineseOutsideData(page, 'console'), `desk (${queue})`).toEqual([]);
  }
  // The data is still there as stored: the timeline names people in Chinese, inside data fields.
  await expect(casePane(page).locator('[data-testid="case-event-actor"] [data-field]').first()).toBeVisible();

  await page.getByTestId('language-switch').getByText('中文').click();
});
