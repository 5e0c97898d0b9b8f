// 组织类别 as registers write it, to the kinds of the tree (src/shared/domain.ts). The first
// word of each is the one the export writes; a word not listed is refused naming the first ones.
import type { PartyOrgKind } from '../../../../shared/domain';
import { compactText } from '../cleanText';

export const KIND_WORDS_ZH: Record<PartyOrgKind, readonly string[]> = {
  street_committee: ['街道党工委', '党工委', '街道党委', '街道党工作委员会'],
  community_committee: ['社区党委', '社区党总支', '社区党组织'],
  grid_branch: ['网格党支部', '网格支部'],
  estate_branch: ['小区党支部', '小区支部', '院落党支部'],
  building_group: ['楼栋党小组', '楼栋小组', '党小组'],
  resident_unit: ['驻区单位党组织', '驻区单位', '驻社区单位党组织'],
  two_new: ['两新党组织', '两新组织', '非公企业党组织', '社会组织党组织'],
  commercial_building: ['楼宇党委', '商务楼宇党委', '楼宇党组织'],
  market: ['商圈市场党组织', '商圈党组织', '市场党组织', '商圈/市场党组织'],
  joint_branch: ['联合党支部', '联合支部'],
  temporary_group: ['临时党小组', '临时党支部', '临时党组织'],
};

const BY_WORD = new Map<string, PartyOrgKind>(Object.entries(KIND_WORDS_ZH).flatMap(([kind, words]) => words.map((w) => [compactText(w), kind as PartyOrgKind] as const)));

export function kindOfWord(text: string): PartyOrgKind | null {
  return BY_WORD.get(compactText(text)) ?? null;
}

/** The words the export writes, for the refusal of an unknown one. */
export const ALLOWED_KIND_WORDS = Object.values(KIND_WORDS_ZH).map((w) => w[0]!).join('、');
