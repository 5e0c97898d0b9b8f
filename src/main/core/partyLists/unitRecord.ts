// How units keep their claims: claims made (a need claimed, a project taken on), claims
// finished (完成 or 评价) and claims given up (放弃). Matching ranks a unit that gives claims up
// lower. A 驳回 (the owner turned the claim down) is not held against the unit.
import type { PartyUnitRecord } from '../../../shared/partyLists';
import type { Db } from '../db/database';

export function recordOf(claims: number, finished: number, abandoned: number): PartyUnitRecord {
  return { claims, finished, abandoned, rate: (finished + 1) / (finished + abandoned + 2) };
}

/** Every unit's record that has one, by unit id (units without claims are absent: rate 0.5). */
export function unitRecords(db: Db): Map<number, PartyUnitRecord> {
  const claims = db
    .prepare(
      `SELECT e.party_unit_id AS unit, count(*) AS n FROM party_list_event e JOIN party_list_item i ON i.id = e.item_id
        WHERE e.party_unit_id IS NOT NULL AND ((e.action = 'claim' AND i.kind = 'need') OR (e.action = 'pair' AND i.kind = 'project'))
        GROUP BY e.party_unit_id`,
    )
    .all() as { unit: number; n: number }[];
  const abandoned = db
    .prepare(
      `SELECT e.party_unit_id AS unit, count(*) AS n FROM party_list_event e JOIN party_list_item i ON i.id = e.item_id
        WHERE e.party_unit_id IS NOT NULL AND e.action = 'release' AND i.kind IN ('need', 'project')
        GROUP BY e.party_unit_id`,
    )
    .all() as { unit: number; n: number }[];
  const finished = db
    .prepare(
      `SELECT claimant_unit_id AS unit, count(*) AS n FROM party_list_item
        WHERE claimant_unit_id IS NOT NULL AND status IN ('completed', 'evaluated') AND (kind = 'project' OR (kind = 'need' AND project_id IS NULL))
        GROUP BY claimant_unit_id`,
    )
    .all() as { unit: number; n: number }[];
  const raw = new Map<number, { c: number; f: number; a: number }>();
  const at = (u: number) => raw.get(u) ?? raw.set(u, { c: 0, f: 0, a: 0 }).get(u)!;
  for (const r of claims) at(r.unit).c = r.n;
  for (const r of abandoned) at(r.unit).a = r.n;
  for (const r of finished) at(r.unit).f = r.n;
  return new Map([...raw].map(([u, r]) => [u, recordOf(r.c, r.f, r.a)]));
}

export const NO_RECORD: PartyUnitRecord = recordOf(0, 0, 0);
