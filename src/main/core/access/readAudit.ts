// The read audit: which account read how many persons' data through which call, and every
// unmasking with its reason and fields. Never a personal value: ids, counts and field names.
import { appendAudit } from '../audit';
import type { Db } from '../db/database';

export interface ReadAuditRow {
  method: string;
  entity: string;
  entityId: number | null;
  persons: number;
  refused: boolean;
}

export function auditPersonalRead(db: Db, now: number, userId: number, row: ReadAuditRow): void {
  appendAudit(db, now, {
    userId,
    action: row.refused ? 'personal.read.refused' : 'personal.read',
    entity: row.entity,
    entityId: row.entityId,
    detail: { method: row.method, persons: row.persons },
  });
}

export function auditReveal(db: Db, now: number, userId: number, entity: string, entityId: number, fields: readonly string[], reason: string): void {
  appendAudit(db, now, { userId, action: 'person.reveal', entity, entityId, detail: { fields, reason } });
}
