import type { partyListsZhCN } from './partyLists.zh-CN';

export const partyListsEn: { readonly [K in keyof typeof partyListsZhCN]: string } = {
  'mode.party': 'Party work',
  'party.tab.lists': 'Three lists',
};
