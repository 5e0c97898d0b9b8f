// Which live organisations hold which 三会一课 kinds, and the meetings recorded for them, as
// the due list, the reminders and the overview need them.
import { MEETING_KINDS, MEETING_RULES, type MeetingDue, type MeetingKind } from '../../../shared/partyAssessment';
import type { PartyOrgKind } from '../../../shared/domain';
import type { Db } from '../db/database';
import { periodOf, periodState, previousPeriod } from './periods';

export interface OrgSubject {
  id: number;
  name: string;
  kind: PartyOrgKind;
  community_id: number | null;
  founded_on: string;
}

export function kindsFor(orgKind: PartyOrgKind): MeetingKind[] {
  return MEETING_KINDS.filter((k) => MEETING_RULES[k].orgKinds.includes(orgKind));
}

export function subjects(db: Db, scope: number | null): OrgSubject[] {
  return db
    .prepare(`SELECT id, name, kind, community_id, founded_on FROM party_org ${scope === null ? '' : 'WHERE community_id = @scope'} ORDER BY level, code`)
    .all(scope === null ? {} : { scope }) as OrgSubject[];
}

/** SQL for a meeting's period key ('YYYY-MM' or 'YYYY-Qn') from its kind's cadence (MEETING_RULES). */
const PERIOD_KEY_SQL = `CASE ${MEETING_KINDS.map((k) =>
  MEETING_RULES[k].cadence === 'month' ? `WHEN kind = '${k}' THEN substr(held_on, 1, 7)` : `WHEN kind = '${k}' THEN substr(held_on, 1, 4) || '-Q' || ((CAST(substr(held_on, 6, 2) AS INTEGER) + 2) / 3)`,
).join(' ')} END`;

/** Keys 'org|kind|period' of every period (month and quarter) holding a meeting on or after `from`. */
export function heldKeys(db: Db, from: string): Set<string> {
  // The key is made in SQL and deduplicated there: a year of a street's meetings is thousands of rows.
  return new Set(db.prepare(`SELECT DISTINCT org_id || '|' || kind || '|' || ${PERIOD_KEY_SQL} FROM party_meeting WHERE held_on >= ?`).pluck().all(from) as string[]);
}

/** Reminders on `today`: the current period due with none held, the previous one missed. */
export function dueList(db: Db, today: string, scope: number | null): MeetingDue[] {
  const orgs = subjects(db, scope);
  // The previous quarter starts at most six months back.
  const held = heldKeys(db, previousPeriod(periodOf(today, 'quarter'), 'quarter').start);
  // The two periods of each kind and their states without a meeting, once for every organisation.
  const periods = new Map(
    MEETING_KINDS.map((kind) => {
      const rule = MEETING_RULES[kind];
      const current = periodOf(today, rule.cadence);
      return [kind, [previousPeriod(current, rule.cadence), current].map((p) => ({ p, unheld: periodState(false, p, today, rule) }))] as const;
    }),
  );
  const out: MeetingDue[] = [];
  for (const o of orgs) {
    for (const kind of kindsFor(o.kind)) {
      for (const { p, unheld } of periods.get(kind)!) {
        // Not due before the organisation existed.
        if (p.end < o.founded_on) continue;
        if ((unheld === 'due' || unheld === 'missed') && !held.has(`${o.id}|${kind}|${p.key}`)) out.push({ orgId: o.id, orgName: o.name, communityId: o.community_id, kind, period: p.key, state: unheld, endsOn: p.end });
      }
    }
  }
  return out;
}
