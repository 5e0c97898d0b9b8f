// The audit log: every write that matters appends here inside the same transaction.
import type { Db } from './db/database';

export interface AuditEntry {
  userId: number | null;
  action: string;
  entity: string;
  entityId?: number | null;
  detail?: Record<string, unknown>;
}

export function appendAudit(db: Db, at: number, entry: AuditEntry): void {
  db.prepare('INSERT INTO audit_log (at, user_id, action, entity, entity_id, detail) VALUES (?, ?, ?, ?, ?, ?)').run(
    at,
    entry.userId,
    entry.action,
    entry.entity,
    entry.entityId ?? null,
    JSON.stringify(entry.detail ?? {}),
  );
}
