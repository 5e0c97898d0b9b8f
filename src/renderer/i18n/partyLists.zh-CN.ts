// 党建工作 and its 三张清单 (needs, resources, projects).
export const partyListsZhCN = {
  'mode.party': '党建工作',
  'jobStage.partyLists': '生成三张清单',
  'party.tab.lists': '三张清单',
} as const;
