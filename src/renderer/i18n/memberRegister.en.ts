// The Party organisation drawer's members tab: the list and its forms, spread into the English catalog.
import type { memberRegisterZhCN } from './memberRegister.zh-CN';

export const memberRegisterEn: Record<keyof typeof memberRegisterZhCN, string> = {
  'memberRegister.tab': 'Members',
  'memberRegister.join': 'Admit member',
  'memberRegister.transferIn': 'Transfer in',
  'memberRegister.transferOut': 'Transfer out',
  'memberRegister.category': 'Member category',
  'memberRegister.dualReport': 'Dual registration',
  'memberRegister.home': 'Lives at',
  'memberRegister.joinedOn': 'Joined the Party',
  'memberRegister.reportCommunity': 'Registered community',
  'memberRegister.searchResident': 'Type a resident’s name to search',
  'memberRegister.fromOrg': 'From organisation',
  'memberRegister.toOrg': 'To organisation',
  'memberRegister.keepPhone': 'Leave empty to keep',
  'memberRegister.hidden': '(not shown)',
  'memberRegister.notInStreet': 'Outside the street',
  'memberRegister.none': 'No members yet',
  'memberRegister.loading': 'Reading members…',
  'memberRegister.failed': 'The member list could not be read',
  'memberRegister.total': '{count} members',
  'memberRegister.joinTitle': 'Admit a member · {org}',
  'memberRegister.transferInTitle': 'Member transferred in · {org}',
  'memberRegister.transferOutTitle': 'Transfer out · {name}',
  'memberRegister.updateTitle': 'Edit member · {name}',
};
