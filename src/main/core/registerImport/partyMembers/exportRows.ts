// The Party members of a community (the members of its organisations; of one grid: those
// living in it, or of an organisation at home in it when they live outside the register)
// as the import reads them. Personal values are shaped as the viewer's role sees them
// (core/access/matrix.ts): name and phone as a Party member's, the ID number (the linked
// resident's, else the member's own) and address as the resident's; the birth date only beside an ID number shown in full (a masked
// number hides it).
import type { UserView } from '../../../../shared/views';
import { level } from '../../access/matrix';
import type { Db } from '../../db/database';
import { maskIdNumber, maskName, maskPhone, shown } from '../../privacy/mask';
import type { ExportRow, ExportScope } from '../registerKind';
import { CATEGORY_WORDS_ZH, type PartyMemberField } from './columns';
import type { PartyMemberCategory } from '../../../../shared/domain';
import { idNumberBirthDate } from '../normaliseIdNumber';

interface Row {
  name: string;
  gender: 'M' | 'F';
  phone: string;
  category: PartyMemberCategory;
  joinedOn: string;
  orgName: string;
  idNumber: string | null;
  birthDate: string | null;
  address: string | null;
  buildingAddress: string | null;
  reportCommunity: string | null;
}

const GENDER_WORD = { M: '男', F: '女' } as const;

export function* partyMemberExportRows(db: Db, scope: ExportScope, viewer: UserView): Iterable<ExportRow<PartyMemberField>> {
  const rows = db
    .prepare(
      `SELECT m.name, m.gender, m.phone, m.category, m.joined_on AS joinedOn, o.name AS orgName, COALESCE(r.id_number, m.id_number) AS idNumber, r.birth_date AS birthDate,
              h.address, b.address AS buildingAddress, c.name AS reportCommunity
         FROM party_member m
         JOIN party_org o ON o.id = m.org_id
         LEFT JOIN resident r ON r.id = m.resident_id
         LEFT JOIN household h ON h.id = r.household_id
         LEFT JOIN building b ON b.id = h.building_id
         LEFT JOIN community c ON c.id = m.report_community_id
        WHERE o.community_id = ?
          AND (? IS NULL OR b.grid_id = ? OR (m.resident_id IS NULL AND o.grid_id = ?))
        ORDER BY o.level, o.id, m.id`,
    )
    .all(scope.communityId, scope.gridId, scope.gridId, scope.gridId) as Row[];
  const nameLevel = level(viewer.role, 'partyMember', 'name');
  const phoneLevel = level(viewer.role, 'partyMember', 'phone');
  const idLevel = level(viewer.role, 'resident', 'idNumber');
  const addressLevel = level(viewer.role, 'resident', 'address');
  for (const m of rows) {
    yield {
      name: shown(m.name, nameLevel, maskName),
      idNumber: shown(m.idNumber, idLevel, maskIdNumber),
      gender: GENDER_WORD[m.gender],
      birthDate: idLevel === 'full' ? (m.birthDate ?? (m.idNumber === null ? null : idNumberBirthDate(m.idNumber))) : null,
      org: m.orgName,
      category: CATEGORY_WORDS_ZH[m.category][0]!,
      joinedOn: m.joinedOn,
      phone: shown(m.phone, phoneLevel, maskPhone),
      // Masked, an address is the building without the room.
      address: addressLevel === 'full' ? m.address : addressLevel === 'masked' ? m.buildingAddress : null,
      reportCommunity: m.reportCommunity,
    };
  }
}
