// Register editing beyond the resident form, end to end in Chromium. An administrator adds a
// household to a building (空置), moves a resident into it (it turns 在住), moves a tenant to
// another building, dissolves a Party organisation with its members and coverage moved to its
// parent, and edits a subcategory's time limit in 应用维护; each change shows in the drawer
// (or the 应用维护 table) and its 变更记录 names the administrator. A dispatcher, who may not
// write registers, sees none of the editing actions, and the core refuses the writes anyway.
import { expect, test, type Page } from '@playwright/test';
import type { CategoryNode } from '../../src/shared/cases';
import type { BuildingDetail, OverlayPayload, PartyOrgDetail, TenantDetail } from '../../src/shared/views';
import { apiCall, chooseOption, openUnlockScreen, screenshot, unlock, waitForMapIdle } from './driver';

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A call's refusal code from inside the page (the driver's apiCall throws the message only). */
function refusalOf(page: Page, method: string, input: unknown): Promise<string | null> {
  return page.evaluate(
    async ([m, i]) => {
      const token = sessionStorage.getItem('streetops.token');
      const res = await fetch(`/api/call/${m}`, { method: 'POST', headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` }, body: JSON.stringify(i) });
      const body = (await res.json()) as { ok: boolean; error?: { code: string } };
      return body.ok ? null : (body.error?.code ?? 'unknown');
    },
    [method, input] as const,
  );
}

/** Waits for the modals' opening transitions to end, so a screenshot shows them as the user does. */
async function shot(page: Page, name: string): Promise<void> {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'), undefined, { timeout: 10_000 });
  await screenshot(page, name);
}

async function signedIn(page: Page, username: string): Promise<string> {
  await openUnlockScreen(page);
  await unlock(page, username, 'streetops');
  await waitForMapIdle(page);
  return ((await page.getByTestId('current-user').locator('[data-field]').textContent()) ?? '').trim();
}

/** A building with a household of two or more (one moves, the home stays lived in), from a resident search. */
async function openBuildingWithFamily(page: Page): Promise<BuildingDetail> {
  await page.getByTestId('search-input').fill('王');
  await page.locator('[data-testid="search-result"][data-kind="resident"]').first().click();
  const drawer = page.getByTestId('detail-drawer');
  await expect(drawer).toHaveAttribute('data-loaded', 'true');
  return apiCall<BuildingDetail>(page, 'building.detail', { id: Number(await drawer.getAttribute('data-id')) });
}

/** A live organisation with members, no organisations under it, a parent, and coverage its parent lacks. */
async function dissolvable(page: Page): Promise<{ org: PartyOrgDetail; parent: PartyOrgDetail }> {
  const overlay = await apiCall<OverlayPayload<'partyOrgs'>>(page, 'map.overlay', { kind: 'partyOrgs' });
  const candidates = overlay.features.features.map((f) => f.properties).filter((p) => p.level >= 3);
  for (const c of candidates.slice(0, 80)) {
    const org = await apiCall<PartyOrgDetail>(page, 'partyOrg.detail', { id: c.id });
    if (!org.parent || org.children.length > 0 || org.memberCount === 0 || org.coverage.length === 0) continue;
    const parent = await apiCall<PartyOrgDetail>(page, 'partyOrg.detail', { id: org.parent.id });
    if (org.coverage.some((x) => !parent.coverage.some((y) => y.kind === x.kind && y.id === x.id))) return { org, parent };
  }
  throw new Error('the demo street has no Party organisation to dissolve (members, coverage, no children)');
}

test('an administrator adds a household, moves a resident and a tenant, dissolves a Party organisation and edits a time limit; 变更记录 names them', async ({ page }) => {
  // Unlock, map, five writes with their drawers and history on a 2-core machine shared with other runs.
  test.setTimeout(600_000);
  const adminName = await signedIn(page, 'admin');
  expect(adminName.length).toBeGreaterThan(0);
  const drawer = page.getByTestId('detail-drawer');

  // --- 新增户: a vacant household appears in the drawer.
  const building = await openBuildingWithFamily(page);
  const family = building.households.find((h) => h.members.length >= 2)!;
  const mover = family.members[family.members.length - 1]!;
  await drawer.getByTestId('household-create').click();
  const createForm = page.getByTestId('household-create-form');
  await createForm.getByTestId('household-unit').fill('9');
  await createForm.getByTestId('household-floor').fill('1');
  await createForm.getByTestId('household-room').fill('9101');
  await shot(page, 'registerAdmin-01-household-create');
  await createForm.getByTestId('household-create-save').click();
  await expect(createForm).toBeHidden({ timeout: 30_000 });
  const created = (await apiCall<BuildingDetail>(page, 'building.detail', { id: building.id })).households.find((h) => h.unit === 9 && h.room === '9101')!;
  expect(created.status).toBe('vacant');
  const newHome = drawer.locator(`[data-testid="household"][data-id="${created.id}"]`);
  await expect(newHome).toHaveAttribute('data-status', 'vacant', { timeout: 30_000 });

  // --- 迁户: the resident moves into it as its head; it turns 在住 and lists them.
  await drawer.locator(`[data-testid="household"][data-id="${family.id}"] [data-testid="resident"]`).last().getByTestId('resident-move-open').click();
  const moveForm = page.getByTestId('resident-move-form');
  await chooseOption(page, 'resident-move-household', /9 单元 9101/);
  await chooseOption(page, 'resident-move-relation', '户主');
  await shot(page, 'registerAdmin-02-resident-move');
  await moveForm.getByTestId('resident-move-save').click();
  await expect(moveForm).toBeHidden({ timeout: 30_000 });
  await expect(newHome).toHaveAttribute('data-status', 'occupied', { timeout: 30_000 });
  await expect(newHome.getByTestId('resident')).toContainText(mover.name);
  await drawer.getByTestId('tab-history').click();
  await chooseOption(page, 'history-record', new RegExp(`${escape(mover.name)}.*9101`));
  const moved = drawer.locator('[data-testid="history-change"][data-action="move"]').first();
  await expect(moved).toContainText(adminName);
  await expect(moved.locator('[data-testid="history-field"][data-field="householdId"]')).toBeVisible();
  await shot(page, 'registerAdmin-03-resident-history');

  // --- Tenant 迁址: to the building above; the drawer names it and 变更记录 says who.
  const tenants = await apiCall<OverlayPayload<'tenants'>>(page, 'map.overlay', { kind: 'tenants' });
  let tenant: TenantDetail | null = null;
  for (const f of tenants.features.features.slice(0, 20)) {
    const t = await apiCall<TenantDetail>(page, 'tenant.detail', { id: f.properties.id });
    if (t.building.id !== building.id) {
      tenant = t;
      break;
    }
  }
  expect(tenant).not.toBeNull();
  await page.getByTestId('search-input').fill(tenant!.name);
  await page.locator('[data-testid="search-result"][data-kind="tenant"]', { hasText: tenant!.name }).first().click();
  await expect(drawer).toHaveAttribute('data-id', String(tenant!.id));
  await drawer.getByTestId('tenant-move').click();
  const tenantForm = page.getByTestId('tenant-move-form');
  await tenantForm.getByTestId('tenant-move-building').fill(building.address);
  await page.getByRole('option', { name: new RegExp(escape(building.address)) }).first().click();
  await tenantForm.getByTestId('tenant-move-floor').fill('1');
  await shot(page, 'registerAdmin-04-tenant-move');
  await tenantForm.getByTestId('tenant-move-save').click();
  await expect(tenantForm).toBeHidden({ timeout: 30_000 });
  await expect(drawer.getByTestId('ref-building')).toContainText(building.name, { timeout: 30_000 });
  await drawer.getByTestId('tab-history').click();
  const tenantMoved = drawer.locator('[data-testid="history-change"][data-action="move"]').first();
  await expect(tenantMoved).toContainText(adminName);
  await expect(tenantMoved.locator('[data-testid="history-field"][data-field="buildingId"]')).toBeVisible();

  // --- 撤销 a Party organisation: members and coverage go to its parent, whose drawer opens.
  const { org, parent } = await dissolvable(page);
  await page.getByTestId('search-input').fill(org.name);
  await page.locator('[data-testid="search-result"][data-kind="partyOrg"]', { hasText: org.name }).first().click();
  await expect(drawer).toHaveAttribute('data-id', String(org.id));
  await drawer.getByTestId('party-org-dissolve').click();
  const dissolveForm = page.getByTestId('party-org-dissolve-form');
  await expect(dissolveForm.getByTestId('party-org-into')).toHaveValue(new RegExp(`^${escape(parent.name)}`));
  await shot(page, 'registerAdmin-05-dissolve');
  await dissolveForm.getByTestId('party-org-dissolve-save').click();
  await expect(dissolveForm).toBeHidden({ timeout: 30_000 });
  await expect(drawer).toHaveAttribute('data-id', String(parent.id), { timeout: 30_000 });
  await expect(drawer.getByTestId('party-org-members-value')).toHaveText(String(parent.memberCount + org.memberCount), { timeout: 30_000 });
  expect(await refusalOf(page, 'partyOrg.detail', { id: org.id })).not.toBeNull();
  await drawer.getByTestId('tab-history').click();
  const covered = drawer.locator('[data-testid="history-change"][data-action="coverage"]').first();
  await expect(covered).toContainText(adminName);
  await shot(page, 'registerAdmin-06-dissolved-parent-history');

  // --- 应用维护: a subcategory's time limit, a new version; 变更记录 names the administrator.
  const sub = (await apiCall<CategoryNode[]>(page, 'case.categories', {}))[0]!.children[0]!;
  const limit = sub.limitValue >= 998 ? sub.limitValue - 1 : sub.limitValue + 1;
  await page.keyboard.press('Escape');
  await page.getByTestId('current-user').click();
  await page.getByTestId('menu-admin').click();
  const admin = page.getByTestId('admin-modal');
  const row = admin.locator(`[data-testid="category-sub"][data-code="${sub.code}"]`);
  await expect(row).toBeVisible({ timeout: 30_000 });
  await shot(page, 'registerAdmin-07-admin-categories');
  await row.getByTestId('category-edit').click();
  const categoryForm = page.getByTestId('category-form');
  await categoryForm.getByTestId('category-limit-value').fill(String(limit));
  await shot(page, 'registerAdmin-08-category-form');
  await categoryForm.getByTestId('category-save').click();
  await expect(categoryForm).toBeHidden({ timeout: 30_000 });
  await expect(row.getByTestId('category-limit')).toContainText(String(limit), { timeout: 30_000 });
  await row.getByTestId('category-history').click();
  const history = page.getByTestId('admin-history');
  const edit = history.locator('[data-testid="history-change"][data-action="update"]').first();
  await expect(edit).toContainText(adminName);
  await expect(edit.locator('[data-testid="history-field"][data-field="limitValue"]')).toContainText(`${sub.limitValue} → ${limit}`);
  await shot(page, 'registerAdmin-09-category-history');
  await history.locator('.mantine-Modal-close').click();
  await expect(history).toBeHidden();

  // The other 应用维护 tabs, for their screenshots.
  await admin.getByTestId('admin-tab-departments').click();
  await expect(admin.getByTestId('department-row').first()).toBeVisible();
  await shot(page, 'registerAdmin-10-admin-departments');
  await admin.getByTestId('admin-tab-facilities').click();
  await expect(admin.getByTestId('facility-row').first()).toBeVisible();
  await shot(page, 'registerAdmin-11-admin-facilities');
});

test('a dispatcher sees no register editing actions, and the core refuses the writes', async ({ page }) => {
  test.setTimeout(300_000);
  await signedIn(page, 'dispatcher');
  const drawer = page.getByTestId('detail-drawer');
  const overlay = await apiCall<OverlayPayload<'tenants'>>(page, 'map.overlay', { kind: 'tenants' });
  const tenant = await apiCall<TenantDetail>(page, 'tenant.detail', { id: overlay.features.features[0]!.properties.id });

  await page.getByTestId('search-input').fill(tenant.name);
  await page.locator('[data-testid="search-result"][data-kind="tenant"]', { hasText: tenant.name }).first().click();
  await expect(drawer).toHaveAttribute('data-id', String(tenant.id));
  await expect(drawer.getByTestId('tenant-actions')).toBeVisible();
  await expect(drawer.getByTestId('tenant-edit')).toHaveCount(0);
  await expect(drawer.getByTestId('tenant-move')).toHaveCount(0);
  await drawer.getByTestId('ref-building').click();
  await expect(drawer).toHaveAttribute('data-id', String(tenant.building.id));
  await expect(drawer).toHaveAttribute('data-loaded', 'true');
  await expect(drawer.getByTestId('household-create')).toHaveCount(0);
  await expect(drawer.getByTestId('resident-move-open')).toHaveCount(0);
  await expect(drawer.getByTestId('building-head-appoint')).toHaveCount(0);

  await page.getByTestId('current-user').click();
  await expect(page.getByTestId('menu-change-password')).toBeVisible();
  await expect(page.getByTestId('menu-admin')).toHaveCount(0);
  await page.keyboard.press('Escape');

  const sub = (await apiCall<CategoryNode[]>(page, 'case.categories', {}))[0]!.children[0]!;
  expect(await refusalOf(page, 'household.create', { buildingId: tenant.building.id, unit: 9, floor: 1, room: '9102', tenure: 'owner' })).toBe('unauthorized');
  expect(await refusalOf(page, 'tenant.move', { id: tenant.id, buildingId: tenant.building.id, floor: 1 })).toBe('unauthorized');
  expect(await refusalOf(page, 'caseCategory.update', { id: sub.id, limitValue: sub.limitValue + 1 })).toBe('unauthorized');
  expect(await refusalOf(page, 'department.list', {})).toBe('unauthorized');
});
