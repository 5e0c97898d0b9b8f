// The tenants register (商户/单位台账) as a register kind: rows are matched by USCC, else by
// name in their building; the commit opens, updates, moves, suspends or deregisters tenants
// through the register's own functions. Whoever may write tenants imports them (the role
// matrix: administrators, community staff for their own community).
import { ROLES } from '../../../../shared/domain';
import { mayWrite } from '../../access/registerWrites';
import type { RegisterKind } from '../registerKind';
import { TENANT_COLUMNS, TENANT_EXPORT_FIELDS, type TenantImportField } from './columns';
import { commitTenants } from './commit';
import { countTenants, exportTenants } from './exportRows';
import { planTenants, TENANT_CONFLICTS, tenantIndex, type TenantIndex, type TenantTarget } from './plan';
import { tenantRow, type TenantRow } from './rows';

export const tenantsKind: RegisterKind<TenantImportField, TenantIndex, TenantRow, TenantTarget> = {
  register: 'tenants',
  title: '单位商户台账',
  recordKind: 'tenant',
  roles: ROLES.filter((role) => mayWrite(role, 'tenant')),
  conflictReasons: TENANT_CONFLICTS,
  columns: TENANT_COLUMNS,
  // A new tenant needs more (code, category, building, floor, ...): the planner asks for those.
  required: ['name'],
  exportFields: TENANT_EXPORT_FIELDS,
  textFields: ['uscc', 'buildingCode', 'phone'],
  prepare: (db, communityId) => tenantIndex(db, communityId),
  parseRow: (row, rc) => tenantRow(row, { sheet: rc.sheet, columns: rc.columns, addressPrefixes: rc.ctx.prefixes }),
  plan: (_db, rows, index) => planTenants(index, rows),
  commit: (db, actor, rows, step) => commitTenants(db, actor, rows, step),
  exportRows: (db, scope, viewer) => exportTenants(db, scope, viewer),
  exportCount: (db, scope) => countTenants(db, scope),
};
