import type { CaseAttachmentView } from '../../../shared/cases';
import type { Db } from '../db/database';
import { notFound } from '../services/refs';

export function caseAttachments(db: Db, caseId: number): CaseAttachmentView[] {
  if (!db.prepare('SELECT 1 FROM case_file WHERE id = ?').get(caseId)) throw notFound('case', caseId);
  const rows = db.prepare('SELECT id, name, mime, bytes FROM case_attachment WHERE case_id = ? ORDER BY id').all(caseId) as { id: number; name: string; mime: string; bytes: Buffer }[];
  return rows.map((r) => ({ id: r.id, name: r.name, mime: r.mime, dataBase64: r.bytes.toString('base64') }));
}
