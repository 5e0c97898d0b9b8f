// Party-building highlights (党建引领) of the scope: organisations by level, kind and rating,
// members, 双报到, tenant coverage (党建真空 is the rest), Party members among grid staff,
// and the 软弱涣散 organisations under 整顿转化; and the Party work of the period (partyFigures). A community's scope holds the organisations
// placed in it (the street's 党工委 belongs to the street scope only) and the tenants of
// its buildings. These are standing figures, not figures of the period.
import type { BriefingParty } from '../../../shared/briefing';
import { PARTY_MEMBER_CATEGORIES, PARTY_ORG_RATINGS, type PartyMemberCategory, type PartyOrgKind, type PartyOrgRating } from '../../../shared/domain';
import type { Db } from '../db/database';
import { tenantCovered } from '../registers/partyOrgsCoverage';
import type { ScopeSql } from './scope';
import { partyWorkSummary } from '../partyFigures/workSummary';
import { assessmentShared } from '../partyAssessment/sharedFigures';
import { decisionsMade } from '../meetings/sharedFigures';
import { chinaIsoDate } from '../../../shared/periods';

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;
}

export function partyHighlights(db: Db, scope: ScopeSql, period: { from: number; to: number }, now: number): BriefingParty {
  const community = scope.view.kind === 'street' ? null : scope.params.scopeId!;
  // The period as calendar days: [from, to) in China time.
  const fromDay = chinaIsoDate(period.from);
  const toDay = chinaIsoDate(period.to - 1);
  const p = scope.params;
  const orgWhere = scope.view.kind === 'street' ? '1' : 'o.community_id = @scopeId';
  const orgs = db
    .prepare(`SELECT o.kind, o.level, o.rating, count(*) AS n FROM party_org o WHERE ${orgWhere} GROUP BY o.kind, o.level, o.rating`)
    .all(p) as { kind: PartyOrgKind; level: number; rating: PartyOrgRating; n: number }[];
  const byLevel = new Map<number, number>();
  const byKind = new Map<PartyOrgKind, number>();
  const byRating = zeroes(PARTY_ORG_RATINGS);
  for (const o of orgs) {
    byLevel.set(o.level, (byLevel.get(o.level) ?? 0) + o.n);
    byKind.set(o.kind, (byKind.get(o.kind) ?? 0) + o.n);
    byRating[o.rating] += o.n;
  }

  const members = db
    .prepare(`SELECT m.category, m.dual_report, count(*) AS n FROM party_member m JOIN party_org o ON o.id = m.org_id WHERE ${orgWhere} GROUP BY m.category, m.dual_report`)
    .all(p) as { category: PartyMemberCategory; dual_report: string; n: number }[];
  const membersByCategory = zeroes(PARTY_MEMBER_CATEGORIES);
  let registered = 0;
  let pending = 0;
  for (const m of members) {
    membersByCategory[m.category] += m.n;
    if (m.dual_report === 'registered') registered += m.n;
    if (m.dual_report === 'pending') pending += m.n;
  }

  const tenants = db
    .prepare(`SELECT count(*) AS total, coalesce(sum(${tenantCovered('t')}), 0) AS covered FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE ${scope.gridWhere}`)
    .get(p) as { total: number; covered: number };
  const staff = db
    .prepare(`SELECT count(*) AS total, COALESCE(SUM(s.is_party_member), 0) AS party FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE s.vacated_on IS NULL AND ${scope.gridWhere}`)
    .get(p) as { total: number; party: number };
  const weak = db
    .prepare(`SELECT o.name, o.kind, o.under_rectification FROM party_org o WHERE ${orgWhere} AND o.rating = 'weak' ORDER BY o.under_rectification DESC, o.level, o.code`)
    .all(p) as { name: string; kind: PartyOrgKind; under_rectification: number }[];

  const required = registered + pending;
  return {
    orgCount: orgs.reduce((s, o) => s + o.n, 0),
    byLevel: [...byLevel].map(([level, count]) => ({ level, count })).sort((a, b) => a.level - b.level),
    byKind: [...byKind].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind)),
    byRating,
    members: members.reduce((s, m) => s + m.n, 0),
    membersByCategory,
    dualReport: { registered, required, rate: required > 0 ? registered / required : null },
    tenantCoverage: { covered: tenants.covered, total: tenants.total, rate: tenants.total > 0 ? tenants.covered / tenants.total : null },
    gridStaff: { partyMembers: staff.party, total: staff.total },
    weakOrgs: weak.map((w) => ({ name: w.name, kind: w.kind, underRectification: w.under_rectification === 1 })),
    // Party work is of the period, unlike the standing figures above.
    work: partyWorkSummary(db, scope.view.kind === 'street' ? { kind: 'street' } : { kind: 'community', id: scope.params.scopeId! }, period.from, period.to),
    // 楼栋工作日 visits of the period ([from, to) as calendar days) and plans open now.
    assessment: assessmentShared(db, community, fromDay, toDay),
    // Decisions of the period's meetings, with their progress at the time the deck is made.
    decisionsMade: decisionsMade(db, now, community, fromDay, toDay),
  };
}
