// Party-work figures, one definition (shared/partyFigures.ts says what each means). The wall's
// Party panel, the briefing's Party slide and the console read them from here.
//
// How things are placed: a wish by its building's grid and community, and for a unit by who
// claimed it (the unit itself, or a member working for it); a member by where they live (their
// resident record's grid and community; one living outside the street by the community they
// registered with, else their organisation's), and for a unit by the employer they registered
// with (else their own organisation when it is a unit's); a member's service hours follow the
// member; a volunteer activity by where it took place. Needs and projects come from the
// 三张清单's own function (partyLists/figures.ts).
//
// The rows are aggregated in one pass over the period's wishes, members and service: a few
// thousand rows at scale 1, so grouping by grid costs about what the total does.
import { FULFILLED_WISH_STATUSES } from '../../../shared/wishes';
import type { NeedFigures, PartyFigureRow, PartyFigures, PartyFigureScope, PartyFigureGroupBy } from '../../../shared/partyFigures';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { median, partyListFiguresAndUnits } from '../partyLists/figures';
import { UNIT_KINDS_SQL } from '../partyService/units';

const DAY_MS = 86_400_000;
const round1 = (x: number) => Math.round(x * 10) / 10;
const rate = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 1000 : null);

export interface PartyFiguresInput {
  from: number;
  to: number;
  scope?: PartyFigureScope | undefined;
  groupBy?: PartyFigureGroupBy | undefined;
}

/** Where a record counts: its grid, community and unit (each may be unknown). */
interface Place {
  grid: number | null;
  community: number | null;
  unit: number | null;
}

interface Acc {
  collected: number;
  fulfilled: number;
  cohort: number;
  cohortFulfilled: number;
  openAges: number[];
  employed: number;
  registered: number;
  hours: number;
  activities: number;
  activityHours: number;
  peopleServed: number;
  units: Set<number>;
}

const emptyAcc = (): Acc => ({ collected: 0, fulfilled: 0, cohort: 0, cohortFulfilled: 0, openAges: [], employed: 0, registered: 0, hours: 0, activities: 0, activityHours: 0, peopleServed: 0, units: new Set() });

function inScope(scope: PartyFigureScope, p: Place): boolean {
  switch (scope.kind) {
    case 'street':
      return true;
    case 'community':
      return p.community === scope.id;
    case 'grid':
      return p.grid === scope.id;
    case 'unit':
      return p.unit === scope.id;
  }
}

export function computePartyFigures(db: Db, input: PartyFiguresInput): PartyFigures {
  const { from, to } = input;
  const scope: PartyFigureScope = input.scope ?? { kind: 'street' };
  const groupBy: PartyFigureGroupBy = input.groupBy ?? 'none';
  const fromDate = shanghaiDate(from);
  const toDate = shanghaiDate(to);

  const accs = new Map<string, Acc>();
  const keyOf = (p: Place): string | null => {
    if (groupBy === 'none') return null;
    const id = groupBy === 'community' ? p.community : groupBy === 'grid' ? p.grid : p.unit;
    return id === null ? null : `${groupBy}:${id}`;
  };
  const accsFor = (p: Place): Acc[] => {
    if (!inScope(scope, p)) return [];
    const out = [accs.get('total')!];
    const k = keyOf(p);
    if (k !== null) {
      let a = accs.get(k);
      if (!a) accs.set(k, (a = emptyAcc()));
      out.push(a);
    }
    return out;
  };
  accs.set('total', emptyAcc());

  // Members: where they live, the registration open at the period's end, their unit.
  const members = db
    .prepare(
      `SELECT m.id, m.category, o.community_id AS org_community, CASE WHEN o.kind IN (${UNIT_KINDS_SQL}) THEN o.id END AS org_unit,
              hg.id AS home_grid, hg.community_id AS home_community, d.community_id AS reg_community, d.unit_org_id AS reg_unit
         FROM party_member m JOIN party_org o ON o.id = m.org_id
         LEFT JOIN resident r ON r.id = m.resident_id LEFT JOIN household h ON h.id = r.household_id LEFT JOIN building b ON b.id = h.building_id LEFT JOIN grid hg ON hg.id = b.grid_id
         LEFT JOIN dual_report d ON d.member_id = m.id AND d.registered_on < @toDate AND (d.ended_on IS NULL OR d.ended_on >= @toDate)`,
    )
    .all({ toDate }) as {
    id: number;
    category: string;
    org_community: number | null;
    org_unit: number | null;
    home_grid: number | null;
    home_community: number | null;
    reg_community: number | null;
    reg_unit: number | null;
  }[];
  const memberPlace = new Map<number, { place: Place; registered: boolean }>();
  for (const m of members) {
    const place: Place = { grid: m.home_grid, community: m.home_community ?? m.reg_community ?? m.org_community, unit: m.reg_unit ?? m.org_unit };
    const registered = m.reg_community !== null;
    memberPlace.set(m.id, { place, registered });
    if (m.category !== 'employed') continue;
    for (const a of accsFor(place)) {
      a.employed += 1;
      if (registered) a.registered += 1;
    }
  }

  // Service hours in the period of members registered at its end; any service makes the member's unit active.
  for (const s of db.prepare('SELECT member_id, sum(hours) AS hours FROM service_record WHERE on_date >= ? AND on_date < ? GROUP BY member_id').all(fromDate, toDate) as { member_id: number; hours: number }[]) {
    const m = memberPlace.get(s.member_id);
    if (!m) continue;
    for (const a of accsFor(m.place)) {
      if (m.registered) a.hours += s.hours;
      if (m.place.unit !== null) a.units.add(m.place.unit);
    }
  }

  // Wishes collected before the period's end (older ones may still be open at it).
  const wishes = db
    .prepare(
      `SELECT w.status, w.collected_at, w.claimed_at, w.fulfilled_at, w.closed_at, w.claimant_kind, w.claimant_id, g.id AS grid, g.community_id AS community
         FROM micro_wish w JOIN building b ON b.id = w.building_id JOIN grid g ON g.id = b.grid_id WHERE w.collected_at < ?`,
    )
    .all(to) as {
    status: string;
    collected_at: number;
    claimed_at: number | null;
    fulfilled_at: number | null;
    closed_at: number | null;
    claimant_kind: string | null;
    claimant_id: number | null;
    grid: number;
    community: number;
  }[];
  const fulfilledStatuses = new Set<string>(FULFILLED_WISH_STATUSES);
  for (const w of wishes) {
    const unit = w.claimant_kind === 'unit' ? w.claimant_id : w.claimant_kind === 'member' && w.claimant_id !== null ? (memberPlace.get(w.claimant_id)?.place.unit ?? null) : null;
    const fulfilledBy = (t: number) => w.fulfilled_at !== null && w.fulfilled_at < t && fulfilledStatuses.has(w.status);
    const closedBy = (t: number) => w.closed_at !== null && w.closed_at < t;
    for (const a of accsFor({ grid: w.grid, community: w.community, unit })) {
      if (w.collected_at >= from) {
        a.collected += 1;
        if (!closedBy(to)) {
          a.cohort += 1;
          if (fulfilledBy(to)) a.cohortFulfilled += 1;
        }
      }
      if (w.fulfilled_at !== null && w.fulfilled_at >= from && w.fulfilled_at < to && fulfilledStatuses.has(w.status)) a.fulfilled += 1;
      if (!fulfilledBy(to) && !closedBy(to)) a.openAges.push((to - w.collected_at) / DAY_MS);
      if (unit !== null && w.claimed_at !== null && w.claimed_at >= from && w.claimed_at < to) a.units.add(unit);
    }
  }

  // Volunteer activities where they took place (a unit has none of its own).
  for (const v of db
    .prepare(
      `SELECT v.community_id AS community, v.grid_id AS grid, v.people_served, COALESCE((SELECT sum(p.hours) FROM volunteer_activity_participant p WHERE p.activity_id = v.id), 0) AS hours
         FROM volunteer_activity v WHERE v.on_date >= ? AND v.on_date < ?`,
    )
    .all(fromDate, toDate) as { community: number; grid: number | null; people_served: number; hours: number }[]) {
    for (const a of accsFor({ grid: v.grid, community: v.community, unit: null })) {
      a.activities += 1;
      a.activityHours += v.hours;
      a.peopleServed += v.people_served;
    }
  }

  // The rows: the total, then every group of the scope (with zeros where nothing happened).
  const names = groupNames(db, groupBy, scope);
  const rows: PartyFigureRow[] = [row(db, 'total', 'total', null, null, accs.get('total')!, scope, from, to)];
  for (const g of names) {
    const key = `${groupBy}:${g.id}`;
    rows.push(row(db, key, groupBy as 'community' | 'grid' | 'unit', g.id, g.name, accs.get(key) ?? emptyAcc(), { kind: groupBy as 'community' | 'grid' | 'unit', id: g.id }, from, to));
  }
  return { from, to, rows };
}

function groupNames(db: Db, groupBy: PartyFigureGroupBy, scope: PartyFigureScope): { id: number; name: string }[] {
  const p = { id: scope.kind === 'street' ? null : scope.id };
  switch (groupBy) {
    case 'none':
      return [];
    case 'community':
      return db.prepare(`SELECT id, name FROM community WHERE ${scope.kind === 'community' ? 'id = @id' : scope.kind === 'grid' ? 'id = (SELECT community_id FROM grid WHERE id = @id)' : '1'} ORDER BY code`).all(p) as { id: number; name: string }[];
    case 'grid':
      return db.prepare(`SELECT id, name FROM grid WHERE ${scope.kind === 'community' ? 'community_id = @id' : scope.kind === 'grid' ? 'id = @id' : '1'} ORDER BY code`).all(p) as { id: number; name: string }[];
    case 'unit':
      return db.prepare(`SELECT id, name FROM party_org WHERE kind IN (${UNIT_KINDS_SQL}) AND ${scope.kind === 'unit' ? 'id = @id' : scope.kind === 'community' ? 'community_id = @id' : '1'} ORDER BY code`).all(p) as { id: number; name: string }[];
  }
}

function row(db: Db, key: string, kind: PartyFigureRow['kind'], id: number | null, name: string | null, a: Acc, scope: PartyFigureScope, from: number, to: number): PartyFigureRow {
  const { figures: lists, units: listUnits } = partyListFiguresAndUnits(db, scope, from, to);
  const needs: NeedFigures = {
    needsPublished: lists.needsPublished,
    needsClaimed: lists.needsClaimed,
    needsClaimedRate: rate(lists.needsClaimed, lists.needsPublished),
    medianDaysToClaim: lists.medianDaysToClaim,
    projectsCompleted: lists.projectsCompleted,
  };
  const openMedian = median(a.openAges);
  return {
    key,
    kind,
    id,
    name,
    needs,
    wishes: {
      collected: a.collected,
      fulfilled: a.fulfilled,
      fulfilledRate: rate(a.cohortFulfilled, a.cohort),
      open: a.openAges.length,
      openMedianAgeDays: openMedian === null ? null : round1(openMedian),
      openOldestAgeDays: a.openAges.length > 0 ? round1(Math.max(...a.openAges)) : null,
      openOver30Days: a.openAges.filter((d) => d > 30).length,
    },
    dualReport: { employed: a.employed, registered: a.registered, registeredRate: rate(a.registered, a.employed), serviceHours: round1(a.hours), hoursPerRegistered: a.registered > 0 ? round1(a.hours / a.registered) : null },
    volunteers: { activities: a.activities, hours: round1(a.activityHours), peopleServed: a.peopleServed },
    // Units active in the lists, in wishes or in service, each unit once.
    activeUnits: new Set([...a.units, ...listUnits]).size,
  };
}
