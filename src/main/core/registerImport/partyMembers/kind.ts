// The Party members register (党员台账) as the import and export take it. Written by
// administrators and by community staff for their own community's organisations
// (core/access/registerWrites.ts); members are personal data, exported masked by role.
import { ROLES } from '../../../../shared/domain';
import { mayWrite } from '../../access/registerWrites';
import type { RegisterKind } from '../registerKind';
import { PARTY_MEMBER_COLUMNS, type PartyMemberField } from './columns';
import { commitPartyMembers } from './commit';
import { prepareMemberContext, type MemberContext } from './context';
import { partyMemberExportRows } from './exportRows';
import { planPartyMembers, type MemberTarget } from './plan';
import { partyMemberRow, type PartyMemberRow } from './rows';

export const partyMembersKind: RegisterKind<PartyMemberField, MemberContext, PartyMemberRow, MemberTarget> = {
  register: 'partyMembers',
  title: '党员台账',
  recordKind: 'partyMember',
  roles: ROLES.filter((role) => mayWrite(role, 'partyMember')),
  // The register says otherwise: a field an import does not change, a name (or ID) that disagrees.
  conflictReasons: ['name_differs', 'field_fixed'],
  columns: PARTY_MEMBER_COLUMNS,
  required: ['name', 'org', 'category', 'joinedOn', 'phone'],
  exportFields: ['name', 'idNumber', 'gender', 'birthDate', 'org', 'category', 'joinedOn', 'phone', 'address', 'reportCommunity'],
  textFields: ['name', 'idNumber', 'phone', 'address'],
  prepare: (db) => prepareMemberContext(db),
  parseRow: (row, rc) => partyMemberRow(row, { sheet: rc.sheet, columns: rc.columns, date1904: rc.date1904 }),
  plan: (_db, rows, ctx, options) => planPartyMembers(rows, ctx, options),
  commit: commitPartyMembers,
  exportRows: partyMemberExportRows,
};
