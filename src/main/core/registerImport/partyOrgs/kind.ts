// The Party organisations register (党组织台账) as the import and export take it. Written by
// administrators only, as the tree and its coverage are (core/access/registerWrites.ts).
import { ROLES } from '../../../../shared/domain';
import { mayWrite } from '../../access/registerWrites';
import type { RegisterKind } from '../registerKind';
import { PARTY_ORG_COLUMNS, type PartyOrgField } from './columns';
import { commitPartyOrgs } from './commit';
import { prepareOrgContext, type OrgContext } from './context';
import { partyOrgExportRows } from './exportRows';
import { planPartyOrgs, type OrgTarget } from './plan';
import { partyOrgRow, type PartyOrgRow } from './rows';

export const partyOrgsKind: RegisterKind<PartyOrgField, OrgContext, PartyOrgRow, OrgTarget> = {
  register: 'partyOrgs',
  title: '党组织台账',
  recordKind: 'partyOrg',
  roles: ROLES.filter((role) => mayWrite(role, 'partyOrg')),
  // The register says otherwise: a field an import does not change, a name (or ID) that disagrees.
  conflictReasons: ['field_fixed', 'org_name_ambiguous'],
  columns: PARTY_ORG_COLUMNS,
  required: ['name', 'kind', 'secretary', 'secretaryPhone', 'foundedOn'],
  exportFields: ['name', 'kind', 'level', 'parent', 'secretary', 'secretaryPhone', 'place', 'coverage', 'foundedOn'],
  textFields: ['name', 'parent', 'secretaryPhone', 'coverage'],
  prepare: (db) => prepareOrgContext(db),
  parseRow: (row, rc) => partyOrgRow(row, { sheet: rc.sheet, columns: rc.columns, date1904: rc.date1904 }),
  plan: (_db, rows, ctx, options) => planPartyOrgs(rows, ctx, options),
  commit: commitPartyOrgs,
  exportRows: partyOrgExportRows,
};
