// 三张清单 end to end in Chromium: a dispatcher opens 党建工作, finds a community's need waiting
// for a claim, has a unit claim it, and pairs it with that unit's suggested resource: the need
// becomes a project (项目清单) holding both. Screenshots of the workspace at 1920×1080.
import { expect, test, type Page } from '@playwright/test';
import type { PartyListPage, PartyMapPoints, PartyMatches } from '../../src/shared/partyLists';
import { apiCall, chooseOption, openUnlockScreen, pagePixelOf, screenshot, unlock, waitForMapIdle } from './driver';

const SHOTS = process.env.PARTY_SHOTS ?? '/tmp/shots-h1';

/** A published need with a suggested resource offered by a unit. */
async function needWithUnitOffer(page: Page): Promise<{ needId: number; resourceId: number; unit: string }> {
  const needs = await apiCall<PartyListPage>(page, 'partyList.list', { kind: 'need', status: 'published', limit: 200 });
  for (const n of needs.items.filter((i) => i.projectId === null)) {
    const m = await apiCall<PartyMatches>(page, 'partyList.matches', { id: n.id, limit: 5 });
    const s = m.suggestions.find((x) => x.item.owner.kind === 'unit');
    if (s) return { needId: n.id, resourceId: s.item.id, unit: s.item.owner.name };
  }
  throw new Error('the demo street has no open need with a unit resource to suggest');
}

test('a unit claims a community need and, with its resource, the need becomes a project', async ({ page }) => {
  test.setTimeout(300_000);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openUnlockScreen(page);
  await unlock(page, 'dispatcher', 'streetops');
  await page.getByTestId('mode-party').click();
  await expect(page.getByTestId('party-workspace')).toBeVisible();
  await expect(page.getByTestId('party-row').first()).toBeVisible({ timeout: 30_000 });
  await page.screenshot({ path: `${SHOTS}/party-01-lists.png` });
  await screenshot(page, 'party-01-lists');

  const { needId, resourceId, unit } = await needWithUnitOffer(page);
  await chooseOption(page, 'party-filter-status', '已发布');
  await page.locator(`[data-testid="party-row"][data-id="${needId}"]`).click();
  const drawer = page.getByTestId('party-item');
  await expect(drawer).toHaveAttribute('data-kind', 'need');
  await expect(page.getByTestId('party-item-status')).toHaveText('已发布');

  // 双向认领: the unit takes the community's need on.
  await page.getByTestId('party-act-claim').click();
  await chooseOption(page, 'party-claimant', unit);
  await page.getByTestId('party-step-confirm').click();
  await expect(page.getByTestId('party-item-status')).toHaveText('已认领', { timeout: 15_000 });
  await expect(page.getByTestId('party-item-claimant')).toContainText(unit);
  await expect(page.getByTestId('party-history-step').last()).toHaveAttribute('data-step', 'claim');

  // With the unit's resource it becomes a project.
  const match = page.locator(`[data-testid="party-match"][data-id="${resourceId}"]`);
  await expect(match).toBeVisible({ timeout: 15_000 });
  await page.screenshot({ path: `${SHOTS}/party-02-claimed.png` });
  await match.getByTestId('party-match-pair').click();
  await expect(drawer).toHaveAttribute('data-kind', 'project', { timeout: 15_000 });
  await expect(page.getByTestId('party-item-status')).toHaveText('已认领');
  await expect(page.getByTestId('party-linked')).toHaveCount(2);
  await expect(page.getByTestId('party-item-claimant')).toContainText(unit);
  await page.screenshot({ path: `${SHOTS}/party-03-project.png` });
  await screenshot(page, 'party-03-project');

  // 发布: the desk lists a new need for the same community at the need's building.
  await page.keyboard.press('Escape');
  const need = (await apiCall<PartyListPage>(page, 'partyList.list', { kind: 'need', limit: 200 })).items.find((i) => i.id === needId)!;
  const building = await apiCall<{ name: string; address: string }>(page, 'building.detail', { id: need.buildingId });
  await chooseOption(page, 'party-filter-status', '已发布');
  await page.getByTestId('party-publish').click();
  await chooseOption(page, 'party-publish-category', '助老扶幼');
  await chooseOption(page, 'party-publish-owner', `社区 · ${need.communityName}`);
  await page.getByTestId('party-publish-title').fill('楼栋独居老人定期探访');
  await page.getByTestId('party-publish-description').fill('本楼栋独居老人每周探访一次');
  await page.getByTestId('party-publish-building').fill(building.name);
  await page.getByRole('option', { name: new RegExp(building.name) }).first().click();
  await page.getByTestId('party-publish-confirm').click();
  await expect(page.getByTestId('party-item')).toHaveAttribute('data-kind', 'need', { timeout: 15_000 });
  await expect(page.getByTestId('party-item-status')).toHaveText('已发布');
  await page.screenshot({ path: `${SHOTS}/party-04-published.png` });

  const projects = await apiCall<PartyListPage>(page, 'partyList.list', { kind: 'project', limit: 5 });
  const project = projects.items.find((p) => p.needId === needId)!;
  expect(project).toMatchObject({ resourceId, status: 'claimed', claimant: { kind: 'unit', name: unit } });
});

test('a need clicked on the Party work map opens its drawer, from another tab too', async ({ page }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openUnlockScreen(page);
  await unlock(page, 'dispatcher', 'streetops');
  await page.getByTestId('mode-party').click();
  await page.getByTestId('party-tab-wishes').click();
  await waitForMapIdle(page);
  // A need whose point is well inside the map's canvas (the workspace takes the left of the screen).
  const canvas = (await page.locator('.maplibregl-canvas').boundingBox())!;
  const points = await apiCall<PartyMapPoints>(page, 'partyList.mapPoints', {});
  let target: { id: number; title: string; x: number; y: number } | null = null;
  for (const n of points.needs) {
    const at = await pagePixelOf(page, [n.lng, n.lat]);
    if (at.x > canvas.x + 40 && at.x < canvas.x + canvas.width - 40 && at.y > canvas.y + 40 && at.y < canvas.y + canvas.height - 40) {
      target = { id: n.id, title: n.title, x: at.x, y: at.y };
      break;
    }
  }
  expect(target, 'a need drawn inside the map').not.toBeNull();
  await page.mouse.move(target!.x, target!.y);
  await page.mouse.click(target!.x, target!.y);
  await expect(page.getByTestId('party-tab-lists')).toHaveAttribute('aria-selected', 'true');
  const drawer = page.getByTestId('party-item');
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText(target!.title);
  await screenshot(page, 'party-05-map-click');
  // Closed, then the tab left and come back to: the drawer stays closed.
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);
  await page.getByTestId('party-tab-wishes').click();
  await page.getByTestId('party-tab-lists').click();
  await expect(page.getByTestId('party-row').first()).toBeVisible();
  await expect(drawer).toHaveCount(0);
});
