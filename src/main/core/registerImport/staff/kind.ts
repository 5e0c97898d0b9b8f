// The grid staff register (网格人员台账, "11XN") as a register kind: rows name a post (网格长 /
// 网格员 of a grid, 楼栋长 of a building, 志愿者 of a grid) and its holder; the commit assigns
// free posts and replaces holders through the staff register's functions. Posts the file leaves
// out stay as they are: an import never vacates a post.
import { ROLES } from '../../../../shared/domain';
import { mayWrite } from '../../access/registerWrites';
import type { RegisterKind } from '../registerKind';
import { STAFF_COLUMNS, STAFF_EXPORT_FIELDS, type StaffImportField } from './columns';
import { commitStaff } from './commit';
import { countStaff, exportStaff } from './exportRows';
import { loadPlaces } from './places';
import { planStaff, staffContext, type StaffContext, type StaffTarget } from './plan';
import { staffRow, type StaffRow } from './rows';

export const staffKind: RegisterKind<StaffImportField, StaffContext, StaffRow, StaffTarget> = {
  register: 'gridStaff',
  title: '网格人员台账',
  recordKind: 'gridStaff',
  // Whoever may write some post: administrators all, community staff 楼栋长 and 志愿者 (the
  // preview refuses them a 网格长/网格员 row, post_role_refused; the staff functions again at commit).
  roles: ROLES.filter((role) => mayWrite(role, 'gridPost') || mayWrite(role, 'buildingPost')),
  columns: STAFF_COLUMNS,
  // The phone too (a post is reached by it); the grid for every post but 楼栋长 and the
  // building for 楼栋长: staffRow checks them.
  required: ['post', 'name'],
  exportFields: STAFF_EXPORT_FIELDS,
  textFields: ['grid', 'building', 'phone', 'idNumber', 'startDate'],
  prepare: (db, communityId) => staffContext(db, loadPlaces(db, communityId)),
  parseRow: (row, rc) => staffRow(row, { sheet: rc.sheet, columns: rc.columns, date1904: rc.date1904 }),
  plan: (db, rows, ctx, options) => planStaff(db, rows, ctx, options),
  commit: (db, actor, rows, step) => commitStaff(db, actor, rows, step),
  exportRows: (db, scope, viewer) => exportStaff(db, scope, viewer),
  exportCount: (db, scope) => countStaff(db, scope),
};
