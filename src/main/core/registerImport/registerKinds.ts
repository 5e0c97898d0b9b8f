// Every register the Excel import and export know, by name: one line per register kind
// (see registerKind.ts for how a register plugs in). The framework (preview, error
// workbook, commit, templates, export, role check) finds a register's kind only here.
import { ApiError } from '../../../shared/errors';
import type { ImportRegister } from '../../../shared/registerImport';
import type { AnyRegisterKind } from './registerKind';
import { buildingsKind } from './buildings/kind';
import { partyMembersKind } from './partyMembers/kind';
import { partyOrgsKind } from './partyOrgs/kind';
import { residentsKind } from './residents/kind';
import { facilitiesKind } from './facilities/kind';
import { staffKind } from './staff/kind';
import { tenantsKind } from './tenants/kind';

export const REGISTER_KINDS: Record<ImportRegister, AnyRegisterKind> = {
  residents: residentsKind,
  buildings: buildingsKind,
  tenants: tenantsKind,
  gridStaff: staffKind,
  facilities: facilitiesKind,
  partyOrgs: partyOrgsKind,
  partyMembers: partyMembersKind,
};

export function registerKind(register: ImportRegister): AnyRegisterKind {
  const kind = REGISTER_KINDS[register] as AnyRegisterKind | undefined;
  if (!kind) throw new ApiError('invalid_input', `"${register}" is not a register the importer knows`, [{ path: 'register', message: 'unknown register' }]);
  return kind;
}
