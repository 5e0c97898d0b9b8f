// The tenants register as the export writes it: a community's (or one grid's) tenants in
// business (营业 and 歇业; deregistered ones are history, not register rows), in the columns the
// import reads (TENANT_EXPORT_FIELDS), so exporting and importing again changes nothing. The
// legal representative and phone are a tenant's work contact: shown as the viewer's role sees
// them (access/matrix.ts, tenantContact), masked or left out for roles that do not see them.
import type { CreditGrade } from '../../../../shared/domain';
import type { TenantStatus } from '../../../../shared/registers';
import type { UserView } from '../../../../shared/views';
import { level } from '../../access/matrix';
import type { Db } from '../../db/database';
import { maskName, maskPhone, shown } from '../../privacy/mask';
import { wordOf } from '../cellWords';
import type { ExportRow, ExportScope } from '../registerKind';
import { CREDIT_GRADE_WORDS, TENANT_STATUS_WORDS, type TenantImportField } from './columns';

interface Row {
  name: string;
  uscc: string;
  category: string;
  building: string;
  code: string;
  floor: number;
  employees: number;
  legal_rep: string;
  phone: string;
  credit_grade: CreditGrade;
  status: TenantStatus;
}

export function* exportTenants(db: Db, scope: ExportScope, viewer: Pick<UserView, 'role'>): Iterable<ExportRow<TenantImportField>> {
  const nameLevel = level(viewer.role, 'tenantContact', 'name');
  const phoneLevel = level(viewer.role, 'tenantContact', 'phone');
  const rows = db
    .prepare(
      `SELECT t.name, t.uscc, t.category, b.name AS building, b.code, t.floor, t.employees, t.legal_rep, t.phone, t.credit_grade, t.status
         FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id
        WHERE g.community_id = ? AND (? IS NULL OR g.id = ?) ORDER BY b.code, t.id`,
    )
    .iterate(scope.communityId, scope.gridId, scope.gridId) as IterableIterator<Row>;
  for (const t of rows) {
    yield {
      name: t.name,
      uscc: t.uscc,
      category: t.category,
      building: t.building,
      buildingCode: t.code,
      floor: t.floor,
      employees: t.employees,
      legalRep: shown(t.legal_rep, nameLevel, maskName),
      phone: shown(t.phone, phoneLevel, maskPhone),
      creditGrade: wordOf(CREDIT_GRADE_WORDS, t.credit_grade),
      status: wordOf(TENANT_STATUS_WORDS, t.status),
    };
  }
}

/** How many tenants the export writes (its progress bar). */
export function countTenants(db: Db, scope: ExportScope): number {
  return db
    .prepare('SELECT count(*) FROM tenant t JOIN building b ON b.id = t.building_id JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? AND (? IS NULL OR g.id = ?)')
    .pluck()
    .get(scope.communityId, scope.gridId, scope.gridId) as number;
}
