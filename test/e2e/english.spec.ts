// English mode shows no Chinese outside data: the dispatcher's desk (queue, filters, header,
// summary), the case pane (facts, actions, timeline with its actors and notes), the
// dispatch rules editor, a building's and a tenant's drawer, the briefing's slides and the
// command wall are scanned for CJK characters in every visible text node, leaving out what
// is data: names of people, places and organisations, addresses and text a person typed,
// all marked `data-field`; and the language switch's 中文, marked lang="zh-CN".
import { expect, test, type Page } from '@playwright/test';
import type { OverlayPayload, TenantDetail } from '../../src/shared/views';
import { casePane, chooseQueue, openDispatch, reportWaitingCases } from './caseDriver';
import { apiCall, openUnlockScreen, screenshot, unlock, waitForMapIdle } from './driver';
import { layoutProblems } from './wallLayout';

/** Han characters and the CJK punctuation and full-width forms that come with them. */
const CJK_SOURCE = '[\\u3400-\\u9fff\\uf900-\\ufaff\\u3000-\\u303f\\uff00-\\uffef]';

/** Visible text outside data fields that contains CJK, each with the test ids around it. */
function chineseOutsideData(page: Page, rootTestId: string): Promise<string[]> {
  return chineseOutsideDataIn(page, `[data-testid="${rootTestId}"]`);
}

/** The same, under the first element matching a CSS selector. */
function chineseOutsideDataIn(page: Page, rootSelector: string): Promise<string[]> {
  return page.evaluate(
    ([root, source]) => {
      const cjk = new RegExp(source);
      const scope = document.querySelector(root);
      if (!scope) throw new Error(`no ${root} on the page`);
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
    [rootSelector, CJK_SOURCE] as const,
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

async function switchToEnglish(page: Page): Promise<void> {
  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
}

test('English mode: the dispatch rules editor and the building and tenant drawers show no Chinese outside names', async ({ page }) => {
  test.setTimeout(300_000);
  await openUnlockScreen(page);
  await unlock(page, 'admin', 'streetops');
  await waitForMapIdle(page);
  await switchToEnglish(page);

  // The rules editor: each rule's category, handler and scope; the form for a new one.
  await openDispatch(page);
  await page.getByTestId('desk-settings').click();
  const editor = page.getByRole('dialog').getByTestId('rules-editor');
  await expect(editor).toBeVisible();
  // The demo street has no rules: one is added (a subcategory, a department), looked at and deleted again.
  const rulesBefore = await editor.getByTestId('rules-row').count();
  await editor.getByTestId('rules-add').click();
  await editor.getByTestId('rules-category').click();
  await editor.getByTestId('rules-category').fill('Exposed rubbish');
  await page.getByRole('option', { name: /Exposed rubbish/ }).first().click();
  await editor.getByTestId('rules-assignee').click();
  await editor.getByTestId('rules-assignee').fill('城管');
  await page.getByRole('option', { name: /城管/ }).first().click();
  await editor.getByTestId('rules-note').fill('Night crew');
  await editor.getByTestId('rules-save').click();
  await expect(editor.getByTestId('rules-row')).toHaveCount(rulesBefore + 1);
  const rule = editor.getByTestId('rules-row').filter({ hasText: 'Night crew' });
  await expect(rule.getByTestId('rules-row-category')).toHaveText('Exposed rubbish');
  await screenshot(page, 'english-dispatch-rules');
  expect(await chineseOutsideData(page, 'rules-editor'), 'rules editor').toEqual([]);
  await rule.getByTestId('rules-delete').click();
  await page.getByTestId('rules-delete-confirm').click();
  await expect(editor.getByTestId('rules-row')).toHaveCount(rulesBefore);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // A tenant from a search on the map: its drawer, then its building's drawer listing the tenants in it.
  await page.getByTestId('mode-map').click();
  const overlay = await apiCall<OverlayPayload<'tenants'>>(page, 'map.overlay', { kind: 'tenants' });
  const id = overlay.features.features[0]!.properties.id;
  const tenant = await apiCall<TenantDetail>(page, 'tenant.detail', { id });
  await page.getByTestId('search-input').fill(tenant.name);
  await page.locator('[data-testid="search-result"][data-kind="tenant"]', { hasText: tenant.name }).first().click();
  const drawer = page.getByTestId('detail-drawer');
  await expect(drawer).toHaveAttribute('data-id', String(id));
  await expect(drawer).toHaveAttribute('data-loaded', 'true');
  await screenshot(page, 'english-tenant-drawer');
  expect(await chineseOutsideData(page, 'detail-drawer'), 'tenant drawer').toEqual([]);
  await drawer.getByTestId('ref-building').click();
  await expect(drawer).toHaveAttribute('data-kind', 'building');
  await expect(drawer).toHaveAttribute('data-loaded', 'true');
  await drawer.getByRole('tab', { name: /^Tenants/ }).click();
  await expect(drawer.getByTestId('tenant-row').first()).toBeVisible();
  expect(await chineseOutsideDataIn(page, '[data-testid="detail-drawer"] [role="tabpanel"]'), 'building drawer, tenants').toEqual([]);

  await page.getByTestId('language-switch').getByText('中文').click();
});

test('English mode: the briefing and the command wall show no Chinese outside names', async ({ page, browser, baseURL }) => {
  test.setTimeout(420_000);
  await openUnlockScreen(page);
  await unlock(page, 'leader', 'streetops');
  await waitForMapIdle(page);
  await switchToEnglish(page);

  // Last month's briefing: every slide is scanned whole, the cover to the last one.
  await page.getByTestId('briefing-open').click();
  await page.getByTestId('briefing-period-month').click();
  await page.getByTestId('briefing-build').click();
  const deck = page.getByTestId('briefing-deck');
  await expect(deck).toHaveAttribute('data-maps-ready', 'true', { timeout: 120_000 });
  const slides = Number(await deck.getAttribute('data-slides'));
  // The speaker notes (N) are scanned with each slide: they are read out in the meeting.
  await page.keyboard.press('n');
  await expect(page.getByTestId('briefing-notes')).toBeVisible();
  const found: string[] = [];
  const scanned = new Set<string>();
  for (let n = 1; n <= slides; n++) {
    await expect(deck).toHaveAttribute('data-slide', String(n));
    const kind = (await deck.getAttribute('data-slide-kind')) ?? `slide ${n}`;
    if (!scanned.has(kind)) await screenshot(page, `english-briefing-${kind}`);
    scanned.add(kind);
    for (const text of await chineseOutsideDataIn(page, '.briefing-page[data-current="true"]')) found.push(`${n} ${kind}: ${text}`);
    for (const text of await chineseOutsideData(page, 'briefing-notes')) found.push(`${n} ${kind} notes: ${text}`);
    await page.keyboard.press('ArrowRight');
  }
  expect([...scanned]).toEqual(['cover', 'overview', 'trend', 'hotSpots', 'hotSpot', 'categories', 'attention', 'grids', 'departments', 'party']);
  expect(found, 'briefing slides').toEqual([]);

  // The wall on a 4K screen, in the same browser (the language is remembered per machine).
  const wallContext = await browser.newContext({ baseURL, viewport: { width: 3840, height: 2160 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const wall = await wallContext.newPage();
  await wall.goto('/');
  await wall.evaluate(() => localStorage.setItem('streetops.locale', 'en'));
  await wall.goto('/wall');
  await expect(wall.getByTestId('unlock-username')).toBeVisible({ timeout: 120_000 });
  await unlock(wall, 'leader', 'streetops');
  await expect(wall.getByTestId('wall-tiles')).toBeVisible();
  await expect(wall.locator('html')).toHaveAttribute('lang', 'en');
  await expect(wall.getByTestId('wall-feed-item').first()).toBeVisible();
  await expect(wall.getByTestId('wall-category').first()).toBeVisible();
  await waitForMapIdle(wall);
  await screenshot(wall, 'english-wall-4k');
  expect(await chineseOutsideData(wall, 'wall'), 'wall').toEqual([]);
  // The English words fit where the Chinese ones do.
  expect(await layoutProblems(wall)).toEqual([]);
  await wallContext.close();
});
