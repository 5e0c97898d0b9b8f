// Register tests' shared bits: valid ID numbers and USCCs made by the standards' own rules,
// and a few reads of what the core wrote (history, audit, counts).
import type { Db } from '../../src/main/core/db/database';
import { idNumberCheckChar } from '../../src/main/core/validation/idNumber';
import { buildUscc } from '../../src/main/core/validation/uscc';

/** An 18-digit ID number with its GB 11643 check character: region 500107 (重庆九龙坡), birth YYYYMMDD, a 3-digit sequence. */
export function idNumber(birth: string, seq: string, region = '500107'): string {
  const first17 = region + birth + seq;
  return first17 + idNumberCheckChar(first17);
}

/** A valid USCC for an enterprise in 重庆九龙坡 with the given 8-character organisation body. */
export function uscc(body8: string): string {
  return buildUscc('91', '500107', body8);
}

export interface ChangeRow {
  action: string;
  changes: { field: string; before: unknown; after: unknown }[];
  user_id: number;
}

export function changesOf(db: Db, kind: string, id: number): ChangeRow[] {
  return (db.prepare('SELECT action, changes, user_id FROM record_change WHERE kind = ? AND record_id = ? ORDER BY id').all(kind, id) as { action: string; changes: string; user_id: number }[]).map((r) => ({
    ...r,
    changes: JSON.parse(r.changes) as ChangeRow['changes'],
  }));
}

export function auditOf(db: Db, entity: string, id: number): { action: string; detail: string; user_id: number }[] {
  return db.prepare('SELECT action, detail, user_id FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id').all(entity, id) as { action: string; detail: string; user_id: number }[];
}

/** Rows in the tables a register write touches: a refused write must leave every one as it was. */
export function writeCounts(db: Db): Record<string, number> {
  const tables = [
    'resident', 'resident_departed', 'household', 'tenant', 'tenant_closed', 'grid_staff', 'record_change', 'register_status', 'tenant_credit_grade',
    'party_org', 'party_org_dissolved', 'party_org_coverage', 'party_member', 'party_member_departed', 'facility', 'department', 'case_category', 'case_category_version',
  ];
  const out: Record<string, number> = {};
  for (const t of tables) out[t] = db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number;
  out.audit_register = db.prepare(`SELECT count(*) FROM audit_log WHERE action NOT LIKE 'personal.%'`).pluck().get() as number;
  return out;
}
