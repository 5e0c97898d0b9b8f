import type { partyListsZhCN } from './partyLists.zh-CN';

export const partyListsEn: { readonly [K in keyof typeof partyListsZhCN]: string } = {
  'mode.party': 'Party work',
  'jobStage.partyLists': 'Needs, resources and projects',
  'party.tab.lists': 'Three lists',
};
