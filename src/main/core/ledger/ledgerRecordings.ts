// The ledger's 代录 column: per case, the steps someone recorded for another person, as
// "反馈：王调度 代 李网格员；评价：王调度 代 居民", oldest first.
import type { CaseEventKind } from '../../../shared/domain';
import type { Db } from '../db/database';

// Core-side labels for this export only, as the ledger's other labels.
const STEP_LABEL: Partial<Readonly<Record<CaseEventKind, string>>> = {
  return: '退回',
  accept: '签收',
  feedback: '反馈',
  evaluate: '评价',
  extend_request: '申请延期',
};

interface RecordingRow {
  case_id: number;
  kind: CaseEventKind;
  actor_name: string;
  on_behalf_name: string;
}

/** Case id → its 代录 text, for the cases reported in [from, to). */
export function ledgerRecordings(db: Db, from: number, to: number): Map<number, string> {
  const rows = db
    .prepare(
      `SELECT e.case_id, e.kind, e.actor_name, e.on_behalf_name FROM case_event e JOIN case_file cf ON cf.id = e.case_id
        WHERE e.on_behalf_name IS NOT NULL AND cf.reported_at >= ? AND cf.reported_at < ? ORDER BY e.case_id, e.at, e.id`,
    )
    .all(from, to) as RecordingRow[];
  const parts = new Map<number, string[]>();
  for (const r of rows) {
    const list = parts.get(r.case_id) ?? [];
    list.push(`${STEP_LABEL[r.kind] ?? r.kind}：${r.actor_name} 代 ${r.on_behalf_name}`);
    parts.set(r.case_id, list);
  }
  return new Map([...parts].map(([id, list]) => [id, list.join('；')]));
}
