// The 代录 marks on a case's timeline: each event recorded for someone else carries that
// person's name beside its recorder. Added to the case detail as it leaves the core.
import type { RecordedCaseDetail } from '../../../shared/cases';
import type { CaseDetail } from '../../../shared/views';
import type { Db } from '../db/database';
import { readActor } from '../reference/actors';

export function withRecordings(db: Db, detail: CaseDetail): RecordedCaseDetail {
  const rows = db.prepare('SELECT id, on_behalf_name FROM case_event WHERE case_id = ? AND on_behalf_name IS NOT NULL').all(detail.id) as { id: number; on_behalf_name: string }[];
  const forWhom = new Map(rows.map((r) => [r.id, r.on_behalf_name]));
  return {
    ...detail,
    events: detail.events.map((e) => {
      const onBehalfOf = forWhom.get(e.id) ?? null;
      return { ...e, onBehalfOf, onBehalf: onBehalfOf === null ? null : readActor(onBehalfOf) };
    }),
  };
}
