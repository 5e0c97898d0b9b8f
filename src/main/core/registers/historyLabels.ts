// Words for the ids a change history stores (householdId 914 → 4343, coverage building:41):
// the household's address, the building's name, the grid's, community's, organisation's,
// department's or category's name, a resident's name. Resolved here so the drawer shows
// 3栋2单元501 rather than a row number. A label says no more than the value it names may:
// the caller passes only changes the role sees, and a household's address is masked as the
// role sees addresses; a resident's name is given only to roles that see names in full.
import type { FieldChangeView, HistoryValue, RecordKind } from '../../../shared/registers';
import type { Db } from '../db/database';
import { prepared } from '../search/statements';

type Target = 'household' | 'building' | 'grid' | 'community' | 'partyOrg' | 'department' | 'caseCategory' | 'resident' | 'tenant';

const NAME_OF: Record<Target, string> = {
  household: 'SELECT address FROM household WHERE id = ?',
  building: `SELECT CASE WHEN name = address OR name = '' THEN address ELSE address || '（' || name || '）' END FROM building WHERE id = ?`,
  grid: 'SELECT name FROM grid WHERE id = ?',
  community: 'SELECT name FROM community WHERE id = ?',
  partyOrg: 'SELECT name FROM party_org WHERE id = @id UNION ALL SELECT name FROM party_org_dissolved WHERE id = @id',
  department: 'SELECT name FROM department WHERE id = ?',
  caseCategory: 'SELECT name FROM case_category WHERE id = ?',
  resident: 'SELECT name FROM resident WHERE id = @id UNION ALL SELECT name FROM resident_departed WHERE id = @id',
  tenant: 'SELECT name FROM tenant WHERE id = @id UNION ALL SELECT name FROM tenant_closed WHERE id = @id',
};

/** Which record an id-valued field names, per record kind. */
function targetOf(kind: RecordKind, field: string): Target | null {
  if (field === 'householdId') return 'household';
  if (field === 'buildingId') return 'building';
  if (field === 'gridId') return 'grid';
  if (field === 'communityId' || field === 'reportCommunityId') return 'community';
  if (field === 'orgId') return 'partyOrg';
  if (field === 'parentId') return kind === 'caseCategory' ? 'caseCategory' : kind === 'partyOrg' ? 'partyOrg' : null;
  if (field === 'ownerDepartmentId') return 'department';
  if (field === 'residentId') return 'resident';
  return null;
}

/** Coverage entries are 'building:41', 'grid:3', 'tenant:7'. */
function coverageTarget(entry: string): { target: Target; id: number } | null {
  const m = /^(building|grid|tenant):(\d+)$/.exec(entry);
  return m ? { target: m[1] as Target, id: Number(m[2]) } : null;
}

export interface LabelRules {
  /** How the role sees addresses: a household's address as its label follows it. */
  address: (address: string) => string | null;
  /** Whether the role sees residents' names in full (a member's or post holder's linked resident). */
  residentNames: boolean;
}

/** Adds `labels` to the changes that name records by id; changes the role may not see are left alone. */
export function labelChanges(db: Db, kind: RecordKind, changes: FieldChangeView[], rules: LabelRules): FieldChangeView[] {
  const cache = new Map<string, string | null>();
  const nameOf = (target: Target, id: number): string | null => {
    const key = `${target}:${id}`;
    if (cache.has(key)) return cache.get(key)!;
    const sql = NAME_OF[target];
    const stmt = prepared(db, sql).pluck();
    const raw = (sql.includes('@id') ? stmt.get({ id }) : stmt.get(id)) as string | undefined;
    let label: string | null = raw ?? null;
    if (label !== null && target === 'household') label = rules.address(label);
    if (target === 'resident' && !rules.residentNames) label = null;
    cache.set(key, label);
    return label;
  };
  return changes.map((c) => {
    if (c.hidden) return c;
    const labels: Record<string, string> = {};
    const add = (v: HistoryValue, label: (value: string | number) => string | null) => {
      const values = Array.isArray(v) ? v : v === null || typeof v === 'boolean' ? [] : [v];
      for (const value of values) {
        const l = label(value);
        if (l !== null) labels[String(value)] = l;
      }
    };
    if (c.field === 'coverage') {
      const label = (value: string | number) => {
        const t = typeof value === 'string' ? coverageTarget(value) : null;
        return t ? nameOf(t.target, t.id) : null;
      };
      add(c.before, label);
      add(c.after, label);
    } else {
      const target = targetOf(kind, c.field);
      if (!target) return c;
      const label = (value: string | number) => (typeof value === 'number' ? nameOf(target, value) : null);
      add(c.before, label);
      add(c.after, label);
    }
    return Object.keys(labels).length > 0 ? { ...c, labels } : c;
  });
}
