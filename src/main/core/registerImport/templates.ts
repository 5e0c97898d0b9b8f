// Saved column mappings (导入模板): the corrections a user made for a community's workbook,
// kept by name per register in the `setting` table (key import.template.<register>.<name>),
// so next month's file maps itself.
import type { ImportRegister, ImportTemplateView } from '../../../shared/registerImport';
import { ApiError } from '../../../shared/errors';
import type { Db } from '../db/database';
import { appendAudit } from '../audit';
import type { MappingOverrides } from './mapColumns';

const PREFIX = 'import.template.';

const keyOf = (register: ImportRegister, name: string) => `${PREFIX}${register}.${name}`;

export function listTemplates(db: Db, register: ImportRegister): ImportTemplateView[] {
  const rows = db.prepare('SELECT key, value, updated_at FROM setting WHERE key >= ? AND key < ? ORDER BY key').all(`${PREFIX}${register}.`, `${PREFIX}${register}/`) as {
    key: string;
    value: string;
    updated_at: number;
  }[];
  return rows.map((r) => ({ register, name: r.key.slice(`${PREFIX}${register}.`.length), mapping: JSON.parse(r.value) as Record<string, string>, updatedAt: r.updated_at }));
}

export function templateMapping(db: Db, register: ImportRegister, name: string): MappingOverrides {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(keyOf(register, name)) as { value: string } | undefined;
  if (!row) throw new ApiError('not_found', `no import template named "${name}" for the ${register} register`, [{ path: 'template', message: 'no such template' }]);
  return JSON.parse(row.value) as MappingOverrides;
}

/** Saves (or replaces) a template with its audit entry in one transaction. The caller checks the mapping's fields. */
export function saveTemplate(db: Db, register: ImportRegister, name: string, mapping: MappingOverrides, userId: number, now: number): ImportTemplateView {
  db.transaction(() => {
    db.prepare(
      'INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
    ).run(keyOf(register, name), JSON.stringify(mapping), now, userId);
    appendAudit(db, now, { userId, action: 'import.template.save', entity: 'setting', detail: { register, name, columns: Object.keys(mapping).length } });
  })();
  return { register, name, mapping: { ...mapping }, updatedAt: now };
}
