// The facilities register (设施台账) as a register kind: rows are known by name within the
// community; the commit creates, edits and moves facilities through the facility register's
// functions. Administrators, and community staff for the facilities standing in their community.
import { ROLES } from '../../../../shared/domain';
import { mayWrite } from '../../access/registerWrites';
import type { RegisterKind } from '../registerKind';
import { FACILITY_COLUMNS, FACILITY_EXPORT_FIELDS, type FacilityImportField } from './columns';
import { commitFacilities } from './commit';
import { countFacilities, exportFacilities } from './exportRows';
import { facilityContext, planFacilities, type FacilityContext, type FacilityTarget } from './plan';
import { facilityRow, type FacilityRow } from './rows';

export const facilitiesKind: RegisterKind<FacilityImportField, FacilityContext, FacilityRow, FacilityTarget> = {
  register: 'facilities',
  title: '设施台账',
  recordKind: 'facility',
  roles: ROLES.filter((role) => mayWrite(role, 'facility')),
  columns: FACILITY_COLUMNS,
  // 地址 and 开放时间 are required of a new facility only: planFacilities checks them.
  required: ['name', 'kind', 'lng', 'lat'],
  exportFields: FACILITY_EXPORT_FIELDS,
  textFields: ['name', 'address', 'openHours'],
  prepare: (db, communityId) => facilityContext(db, communityId),
  parseRow: (row, rc) => facilityRow(row, { sheet: rc.sheet, columns: rc.columns }),
  plan: (db, rows, ctx) => planFacilities(db, rows, ctx),
  commit: (db, actor, rows, step) => commitFacilities(db, actor, rows, step),
  exportRows: (db, scope) => exportFacilities(db, scope),
  exportCount: (db, scope) => countFacilities(db, scope),
};
