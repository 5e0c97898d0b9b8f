// The buildings register (楼栋台账) as a register kind: rows name buildings the street has
// (by code, name, estate + number or address, within the community) and update their
// attributes through updateBuilding. A row naming no building is refused (building_no_footprint):
// a new building needs its footprint, which the GIS import brings (issue #12).
import { ROLES } from '../../../../shared/domain';
import { mayWrite } from '../../access/registerWrites';
import type { RegisterKind } from '../registerKind';
import { BUILDING_COLUMNS, BUILDING_EXPORT_FIELDS, type BuildingImportField } from './columns';
import { commitBuildings } from './commit';
import { countBuildings, exportBuildings } from './exportRows';
import { BUILDING_CONFLICTS, buildingIndex, planBuildings, type BuildingChanges, type BuildingIndex } from './plan';
import { buildingRow, type BuildingRow } from './rows';

export const buildingsKind: RegisterKind<BuildingImportField, BuildingIndex, BuildingRow, BuildingChanges> = {
  register: 'buildings',
  title: '楼栋台账',
  recordKind: 'building',
  // Whoever may write building attributes (the role matrix: administrators, community staff).
  roles: ROLES.filter((role) => mayWrite(role, 'building')),
  conflictReasons: BUILDING_CONFLICTS,
  columns: BUILDING_COLUMNS,
  // A row names its building by any of 楼栋编码, 楼栋名称, 小区 + 楼栋号 or 地址: buildingRow checks one is there.
  required: [],
  exportFields: BUILDING_EXPORT_FIELDS,
  textFields: ['code'],
  prepare: (db, communityId) => buildingIndex(db, communityId),
  parseRow: (row, rc) => buildingRow(row, { sheet: rc.sheet, columns: rc.columns, addressPrefixes: rc.ctx.prefixes }),
  plan: (_db, rows, index, options) => planBuildings(index, rows, options),
  commit: (db, actor, rows, step) => commitBuildings(db, actor, rows, step),
  exportRows: (db, scope) => exportBuildings(db, scope),
  exportCount: (db, scope) => countBuildings(db, scope),
};
