// The Party organisation drawer's 党员 tab end to end in Chromium: an administrator opens a
// branch from a search, reads its members (names and phones masked, as the matrix says),
// changes one member's category to 离退休党员 through 修改, and the list shows it.
import { expect, test } from '@playwright/test';
import type { OverlayPayload } from '../../src/shared/views';
import type { PartyMemberList } from '../../src/shared/orgRegisters';
import { apiCall, chooseOption, openUnlockScreen, screenshot, unlock, waitForMapIdle } from './driver';

test('an administrator reads a branch’s members masked and changes one member’s category', async ({ page }) => {
  test.setTimeout(300_000);
  await openUnlockScreen(page);
  await unlock(page, 'admin', 'streetops');
  await waitForMapIdle(page);
  const overlay = await apiCall<OverlayPayload<'partyOrgs'>>(page, 'map.overlay', { kind: 'partyOrgs' });
  const branches = overlay.features.features.map((f) => f.properties).filter((o) => o.kind === 'grid_branch');
  let orgId = 0;
  let members: PartyMemberList | null = null;
  for (const b of branches) {
    const l = await apiCall<PartyMemberList>(page, 'partyMember.list', { orgId: b.id, limit: 20 });
    if (l.items.some((m) => m.category === 'employed')) {
      orgId = b.id;
      members = l;
      break;
    }
  }
  expect(members).not.toBeNull();
  const org = branches.find((b) => b.id === orgId)!;

  await page.getByTestId('search-input').fill(org.name);
  await page.locator('[data-testid="search-result"][data-kind="partyOrg"]', { hasText: org.name }).first().click();
  const drawer = page.getByTestId('detail-drawer');
  await expect(drawer).toHaveAttribute('data-id', String(orgId));
  await drawer.getByTestId('tab-members').click();
  const rows = drawer.getByTestId('member-row');
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  // Masked as the administrator sees members: 张** and 138****1234.
  await expect(rows.first()).toContainText('*');
  await screenshot(page, 'partyMembers-01-list');

  const target = members!.items.find((m) => m.category === 'employed')!;
  const row = drawer.locator(`[data-testid="member-row"][data-id="${target.id}"]`);
  await row.getByTestId('member-update-open').click();
  const form = page.getByTestId('member-update-form');
  await chooseOption(page, 'member-category', /^离退休党员$/);
  await screenshot(page, 'partyMembers-02-update');
  await form.getByTestId('member-save').click();
  await expect(form).toBeHidden({ timeout: 30_000 });
  await expect(row.getByTestId('member-category-cell')).toHaveText('离退休党员', { timeout: 30_000 });
  const after = await apiCall<PartyMemberList>(page, 'partyMember.list', { orgId, limit: 20 });
  expect(after.items.find((m) => m.id === target.id)!.category).toBe('retired');
  await screenshot(page, 'partyMembers-03-updated');
});
