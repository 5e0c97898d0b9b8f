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

/** Keys 'org|kind|period' of every period (month and quarter) holding a meeting on or after `from`. */
export function heldKeys(db: Db, from: string): Set<string> {
  const rows = db.prepare('SELECT org_id, kind, held_on FROM party_meeting WHERE held_on >= ?').raw().all(from) as [number, MeetingKind, string][];
  const out = new Set<string>();
  for (const [org, kind, on] of rows) out.add(`${org}|${kind}|${periodOf(on, MEETING_RULES[kind].cadence).key}`);
  return out;
}

/** Reminders on `today`: the current period due with none held, the previous one missed. */
export function dueList(db: Db, today: string, scope: number | null): MeetingDue[] {
  const orgs = subjects(db, scope);
  // The previous quarter starts at most six months back.
  const held = heldKeys(db, previousPeriod(periodOf(today, 'quarter'), 'quarter').start);
  const out: MeetingDue[] = [];
  for (const o of orgs) {
    for (const kind of kindsFor(o.kind)) {
      const rule = MEETING_RULES[kind];
      const current = periodOf(today, rule.cadence);
      for (const p of [previousPeriod(current, rule.cadence), current]) {
        // Not due before the organisation existed.
        if (p.end < o.founded_on) continue;
        const state = periodState(held.has(`${o.id}|${kind}|${p.key}`), p, today, rule);
        if (state === 'due' || state === 'missed') out.push({ orgId: o.id, orgName: o.name, communityId: o.community_id, kind, period: p.key, state, endsOn: p.end });
      }
    }
  }
  return out;
}
