// 应用维护's list of departments (the dispatch targets beside the grid staff): each with its
// kind, phone, whether it is still active, and the handler accounts working for it, plus the
// handler accounts free to be given one. Administrators only: they are the ones who edit it.
import type { DepartmentList } from '../../../shared/orgRegisters';
import type { UserView } from '../../../shared/views';
import { requireRegisterWrite } from '../access/registerWrites';
import type { Db } from '../db/database';

interface Row {
  id: number;
  code: string;
  name: string;
  kind: 'street' | 'district' | 'utility';
  phone: string;
  deactivated_on: string | null;
}

interface HandlerRow {
  id: number;
  display_name: string;
  department_id: number | null;
}

export function departmentList(db: Db, user: Pick<UserView, 'role'>): DepartmentList {
  requireRegisterWrite(user, 'department');
  const rows = db.prepare('SELECT id, code, name, kind, phone, deactivated_on FROM department ORDER BY deactivated_on IS NOT NULL, code').all() as Row[];
  const handlers = db.prepare(`SELECT id, display_name, department_id FROM app_user WHERE role = 'handler' AND disabled = 0 ORDER BY display_name, id`).all() as HandlerRow[];
  return {
    departments: rows.map((d) => ({
      id: d.id,
      code: d.code,
      name: d.name,
      kind: d.kind,
      phone: d.phone,
      deactivatedOn: d.deactivated_on,
      handlers: handlers.filter((h) => h.department_id === d.id).map((h) => ({ id: h.id, name: h.display_name })),
    })),
    handlerAccounts: handlers.map((h) => ({ id: h.id, name: h.display_name, departmentId: h.department_id })),
  };
}
