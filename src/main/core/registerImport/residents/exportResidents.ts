// The residents register as the export writes it: every resident on the register now (迁出
// and 死亡 are history, not register rows) of a community or one of its grids, household by
// household, head first, with exactly the columns the import reads back. Personal values are
// shaped as the caller's role sees residents (access/matrix): masked for a role that sees them
// masked, absent for one that sees none. Birth date and gender are left blank unless the ID
// number is shown in full: they would give away the digits its mask hides.
import type { ResidentImportField } from '../../../../shared/registerImport';
import type { UserView } from '../../../../shared/views';
import type { Db } from '../../db/database';
import { level } from '../../access/matrix';
import { maskIdNumber, maskName, maskPhone, shown } from '../../privacy/mask';
import type { ExportRow, ExportScope } from '../registerKind';

interface ResidentExportRecord {
  name: string;
  id_number: string;
  gender: 'M' | 'F';
  birth_date: string;
  phone: string | null;
  relation: string;
  address: string;
  building_address: string;
}

const GENDER_WORD = { M: '男', F: '女' } as const;

/** A masked address keeps the building and drops the room (the matrix's `masked` for addresses). */
const maskAddress = (buildingAddress: string) => () => buildingAddress;

export function* exportResidents(db: Db, scope: ExportScope, viewer: Pick<UserView, 'role'>): Iterable<ExportRow<ResidentImportField>> {
  const at = (field: 'name' | 'phone' | 'idNumber' | 'address') => level(viewer.role, 'resident', field);
  const levels = { name: at('name'), phone: at('phone'), idNumber: at('idNumber'), address: at('address') };
  const rows = db
    .prepare(
      `SELECT r.name, r.id_number, r.gender, r.birth_date, r.phone, r.relation, h.address, b.address AS building_address
         FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
        WHERE g.community_id = ? AND (? IS NULL OR g.id = ?)
        ORDER BY b.id, h.id, r.relation <> '户主', r.id`,
    )
    .iterate(scope.communityId, scope.gridId, scope.gridId) as IterableIterator<ResidentExportRecord>;
  for (const r of rows) {
    const fullId = levels.idNumber === 'full';
    yield {
      name: shown(r.name, levels.name, maskName),
      idNumber: shown(r.id_number, levels.idNumber, maskIdNumber),
      gender: fullId ? GENDER_WORD[r.gender] : null,
      birthDate: fullId ? r.birth_date : null,
      phone: shown(r.phone, levels.phone, maskPhone),
      relation: r.relation,
      address: shown(r.address, levels.address, maskAddress(r.building_address)),
    };
  }
}

export function countResidents(db: Db, scope: ExportScope): number {
  const row = db
    .prepare(
      `SELECT count(*) AS n FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id
        WHERE g.community_id = ? AND (? IS NULL OR g.id = ?)`,
    )
    .get(scope.communityId, scope.gridId, scope.gridId) as { n: number };
  return row.n;
}
