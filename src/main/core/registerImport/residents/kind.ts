// The residents-with-households register (居民户籍/常住人口台账) as a register kind: rows are
// matched to households by address and to people by ID number; the commit creates households
// and adds, updates or moves residents. Administrators import for any community, community
// staff (社区工作人员) for their own.
import type { ResidentImportField } from '../../../../shared/registerImport';
import { buildAddressIndex, type AddressIndex } from '../addressIndex';
import type { RegisterKind } from '../registerKind';
import { commitResidents } from './commitResidents';
import { countResidents, exportResidents } from './exportResidents';
import { planResidents, type HouseholdTarget } from './planResidents';
import { RESIDENT_COLUMNS } from './residentColumns';
import { residentRow, type ResidentRow } from './residentRows';

export const residentsKind: RegisterKind<ResidentImportField, AddressIndex, ResidentRow, HouseholdTarget> = {
  register: 'residents',
  title: '居民台账',
  recordKind: 'resident',
  roles: ['admin', 'community'],
  columns: RESIDENT_COLUMNS,
  // The address is required too, as the 住址 column or the split 楼栋/单元/房号 columns: residentRow checks it.
  required: ['name', 'idNumber', 'relation'],
  exportFields: ['name', 'idNumber', 'gender', 'birthDate', 'phone', 'relation', 'address'],
  textFields: ['idNumber'],
  conflictReasons: ['name_differs', 'other_community', 'id_unavailable'],
  prepare: (db, communityId) => buildAddressIndex(db, communityId),
  parseRow: (row, rc) => residentRow(row, { sheet: rc.sheet, columns: rc.columns, date1904: rc.date1904, addressPrefixes: rc.ctx.prefixes }),
  plan: (db, rows, index, options) => planResidents(db, rows, index, options),
  commit: (db, actor, rows, step) => commitResidents(db, actor, rows, step),
  exportRows: (db, scope, viewer) => exportResidents(db, scope, viewer),
  exportCount: (db, scope) => countResidents(db, scope),
};
