// The setup checklist of a street made from its own files: what is there and what is
// missing, in the order an administrator fills it in, each with where it is done. Counts are
// read here (indexed count(*)s); whether the grids cover the street without gaps, overlaps
// or area outside it, and whether footprints are cut by grid lines, comes from the
// whole-street validation (到底到边, run in a worker by the caller).
import type { StreetValidation } from '../../../shared/gridEdit';
import { REQUIRED_SETUP_STEPS, SETUP_STEPS, type SetupChecklist, type SetupItem, type SetupLink, type SetupStep } from '../../../shared/newStreet';
import type { Db } from '../db/database';
import { parsePolygon } from '../services/geo';
import { NEW_STREET_META } from './createNewStreet';
import { isPlaceholder } from './placeholderBoundary';

const LINKS: Record<SetupStep, SetupLink> = {
  boundary: { kind: 'gis', layer: 'street' },
  communities: { kind: 'gis', layer: 'communities' },
  grids: { kind: 'gis', layer: 'grids' },
  buildings: { kind: 'gis', layer: 'buildings' },
  residents: { kind: 'register', register: 'residents' },
  partyOrgs: { kind: 'register', register: 'partyOrgs' },
  tenants: { kind: 'register', register: 'tenants' },
  gridStaff: { kind: 'register', register: 'gridStaff' },
  facilities: { kind: 'gis', layer: 'facilities' },
};

/** Whether the street's boundary has been given (a new street holds a placeholder until then). */
export function hasBoundary(db: Db): boolean {
  const boundary = db.prepare('SELECT boundary FROM street LIMIT 1').pluck().get() as string | undefined;
  return boundary !== undefined && !isPlaceholder(parsePolygon(boundary));
}

export function setupChecklist(db: Db, validation: StreetValidation | null): SetupChecklist {
  const count = (sql: string) => (db.prepare(sql).pluck().get() as number | null) ?? 0;
  const problems = (kind: 'gap' | 'overlap' | 'outsideStreet' | 'buildingCut') => validation?.problems.filter((p) => p.kind === kind).length ?? 0;
  const boundary = hasBoundary(db);
  const grids = count('SELECT count(*) FROM grid');
  const counts: Record<SetupStep, number> = {
    boundary: boundary ? 1 : 0,
    communities: count('SELECT count(*) FROM community'),
    grids,
    buildings: count('SELECT count(*) FROM building'),
    residents: count('SELECT count(*) FROM resident'),
    partyOrgs: count('SELECT count(*) FROM party_org'),
    tenants: count('SELECT count(*) FROM tenant'),
    gridStaff: count('SELECT count(*) FROM grid_staff WHERE vacated_on IS NULL'),
    facilities: count('SELECT count(*) FROM facility'),
  };
  const issues: Record<SetupStep, SetupItem['issues']> = Object.fromEntries(SETUP_STEPS.map((s) => [s, []])) as unknown as Record<SetupStep, SetupItem['issues']>;
  if (grids > 0) {
    const noGrid = count('SELECT count(*) FROM community c WHERE NOT EXISTS (SELECT 1 FROM grid g WHERE g.community_id = c.id)');
    if (noGrid) issues.communities.push({ kind: 'noGrid', count: noGrid });
    // The coverage rules mean something only against a real boundary.
    if (boundary) {
      for (const kind of ['gap', 'overlap', 'outsideStreet'] as const) {
        const n = problems(kind);
        if (n) issues.grids.push({ kind, count: n });
      }
    }
  }
  if (counts.buildings > 0) {
    const cut = problems('buildingCut');
    if (cut) issues.buildings.push({ kind: 'buildingCut', count: cut });
    const empty = count('SELECT count(*) FROM grid g WHERE NOT EXISTS (SELECT 1 FROM building b WHERE b.grid_id = g.id)');
    if (empty) issues.buildings.push({ kind: 'emptyGrid', count: empty });
  }
  const items = SETUP_STEPS.map((step): SetupItem => ({
    step,
    required: REQUIRED_SETUP_STEPS.includes(step),
    state: counts[step] === 0 ? 'missing' : issues[step].length > 0 ? 'problem' : 'done',
    count: counts[step],
    issues: issues[step],
    link: LINKS[step],
  }));
  return {
    items,
    complete: items.every((i) => !i.required || i.state === 'done'),
    newStreet: (db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(NEW_STREET_META) as string | undefined) === 'new',
  };
}
