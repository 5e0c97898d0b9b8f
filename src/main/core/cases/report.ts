// Intake (信息收集): a new case from a patrol, a resident, the 12345 hotline, a sensor or
// a leader. The grid comes from the location; possible duplicates come back with it so the
// dispatcher sees them before registering.
import type { CaseReportResult } from '../../../shared/cases';
import type { CaseSource } from '../../../shared/domain';
import { ApiError } from '../../../shared/errors';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { nextCaseCode } from './caseCode';
import { findDuplicates } from './duplicates';
import { casePlace } from './casePlace';
import { decodePhotos, type PhotoInput } from './photos';

export interface ReportInput {
  source: CaseSource;
  categoryId: number;
  lng: number;
  lat: number;
  buildingId?: number | undefined;
  address?: string | undefined;
  description: string;
  reporterName?: string | undefined;
  reporterPhone?: string | undefined;
  photos?: PhotoInput[] | undefined;
}

export function reportCase(db: Db, input: ReportInput, user: UserView, now: number): CaseReportResult {
  const category = db.prepare('SELECT id, parent_id FROM case_category WHERE id = ?').get(input.categoryId) as { id: number; parent_id: number | null } | undefined;
  if (!category) throw new ApiError('invalid_input', `categoryId: no category with id ${input.categoryId}`, [{ path: 'categoryId', message: 'does not exist' }]);
  if (category.parent_id === null) throw new ApiError('invalid_input', 'categoryId: pick a subcategory (小类), not a large category', [{ path: 'categoryId', message: 'must be a subcategory' }]);
  const { gridId, building, address: placeAddress } = casePlace(db, input.lng, input.lat, input.buildingId);
  const photos = decodePhotos(input.photos ?? []);
  const address = input.address || placeAddress;

  const caseId = db.transaction(() => {
    const code = nextCaseCode(db, now);
    const id = Number(
      db
        .prepare(
          `INSERT INTO case_file (code, source, category_id, grid_id, building_id, lng, lat, address, description, reporter_name, reporter_phone, status, reported_at, updated_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'reported', ?, ?)`,
        )
        .run(code, input.source, input.categoryId, gridId, building?.id ?? null, input.lng, input.lat, address, input.description, input.reporterName || null, input.reporterPhone || null, now, now).lastInsertRowid,
    );
    db.prepare("INSERT INTO case_event (case_id, kind, from_status, to_status, actor_user_id, actor_name, at, note) VALUES (?, 'report', NULL, 'reported', ?, ?, ?, ?)").run(
      id,
      user.id,
      user.displayName,
      now,
      input.description.slice(0, 200),
    );
    const insertPhoto = db.prepare('INSERT INTO case_attachment (case_id, name, mime, bytes, created_at) VALUES (?, ?, ?, ?, ?)');
    for (const p of photos) insertPhoto.run(id, p.name, p.mime, p.bytes, now);
    appendAudit(db, now, { userId: user.id, action: 'case.report', entity: 'case_file', entityId: id, detail: { code, source: input.source, categoryId: input.categoryId, photos: photos.length } });
    return id;
  })();
  const code = db.prepare('SELECT code FROM case_file WHERE id = ?').pluck().get(caseId) as string;
  return { caseId, code, gridId, duplicates: findDuplicates(db, { categoryId: input.categoryId, lng: input.lng, lat: input.lat, excludeCaseId: caseId }, now) };
}
