// The grid staff register as the export writes it: every serving post of a community or one of
// its grids (vacated posts are history), 网格长 and 网格员 first, then 楼栋长 and 志愿者, in the
// columns the import reads back. Names and phones are shaped as the viewer's role sees grid
// staff (网格长/网格员 are work contacts; 楼栋长 and 志愿者 are residents who help: access/matrix);
// the ID number is the linked resident's, shaped as the role sees residents' ID numbers. A
// masked value imports back as "as registered" when it matches the holder's.
import type { StaffRole } from '../../../../shared/domain';
import { gridLabel } from '../../../../shared/gridLabel';
import type { UserView } from '../../../../shared/views';
import { level, type PersonKind } from '../../access/matrix';
import type { Db } from '../../db/database';
import { maskIdNumber, maskName, maskPhone, shown } from '../../privacy/mask';
import type { ExportRow, ExportScope } from '../registerKind';
import { PARTY_WORDS, POST_WORDS, type StaffImportField } from './columns';

const STAFF_KIND: Record<StaffRole, PersonKind> = { grid_head: 'staff', grid_worker: 'staff', building_head: 'volunteer', volunteer: 'volunteer' };

interface StaffExportRecord {
  role: StaffRole;
  grid_name: string;
  community_name: string;
  building_name: string | null;
  name: string;
  phone: string;
  id_number: string | null;
  start_date: string | null;
  is_party_member: number;
}

export function* exportStaff(db: Db, scope: ExportScope, viewer: Pick<UserView, 'role'>): Iterable<ExportRow<StaffImportField>> {
  const rows = db
    .prepare(
      `SELECT s.role, g.name AS grid_name, c.name AS community_name, b.name AS building_name, s.name, s.phone, r.id_number, s.is_party_member,
              (SELECT st.on_date FROM register_status st WHERE st.kind = 'gridStaff' AND st.record_id = s.id AND st.status = 'serving' ORDER BY st.id DESC LIMIT 1) AS start_date
         FROM grid_staff s JOIN grid g ON g.id = s.grid_id JOIN community c ON c.id = g.community_id
         LEFT JOIN building b ON b.id = s.building_id LEFT JOIN resident r ON r.id = s.resident_id
        WHERE g.community_id = ? AND (? IS NULL OR g.id = ?) AND s.vacated_on IS NULL
        ORDER BY g.id, CASE s.role WHEN 'grid_head' THEN 0 WHEN 'grid_worker' THEN 1 WHEN 'building_head' THEN 2 ELSE 3 END, s.building_id, s.id`,
    )
    .iterate(scope.communityId, scope.gridId, scope.gridId) as IterableIterator<StaffExportRecord>;
  const idLevel = level(viewer.role, 'resident', 'idNumber');
  for (const s of rows) {
    const kind = STAFF_KIND[s.role];
    yield {
      grid: gridLabel({ name: s.grid_name, communityName: s.community_name }),
      post: POST_WORDS[s.role][0]!,
      building: s.building_name,
      name: shown(s.name, level(viewer.role, kind, 'name'), maskName),
      phone: shown(s.phone, level(viewer.role, kind, 'phone'), maskPhone),
      idNumber: shown(s.id_number, idLevel, maskIdNumber),
      startDate: s.start_date,
      partyMember: PARTY_WORDS[s.is_party_member === 1 ? 'yes' : 'no'][0]!,
    };
  }
}

export function countStaff(db: Db, scope: ExportScope): number {
  return db
    .prepare('SELECT count(*) FROM grid_staff s JOIN grid g ON g.id = s.grid_id WHERE g.community_id = ? AND (? IS NULL OR g.id = ?) AND s.vacated_on IS NULL')
    .pluck()
    .get(scope.communityId, scope.gridId, scope.gridId) as number;
}
