// The Party members register (党员台账): its columns and the Chinese headers communities
// give them. The first synonym of each is the header the export writes.
import type { PartyMemberCategory } from '../../../../shared/domain';
import { compactText } from '../cleanText';
import type { ColumnSpec } from '../columnSpec';

export const PARTY_MEMBER_FIELDS = ['name', 'idNumber', 'gender', 'birthDate', 'org', 'category', 'joinedOn', 'phone', 'address', 'reportCommunity'] as const;
export type PartyMemberField = (typeof PARTY_MEMBER_FIELDS)[number];

export const PARTY_MEMBER_COLUMNS: ColumnSpec<PartyMemberField> = {
  fields: [
    { field: 'name', kind: 'name', synonyms: ['姓名', '党员姓名', '人员姓名'], label: { zh: '姓名', en: 'name' } },
    { field: 'idNumber', kind: 'idNumber', synonyms: ['公民身份号码', '身份证号', '身份证号码', '身份证', '证件号码', '居民身份证号码'], label: { zh: '公民身份号码', en: 'ID number' } },
    { field: 'gender', kind: 'gender', synonyms: ['性别'], label: { zh: '性别', en: 'gender' } },
    { field: 'birthDate', kind: 'date', synonyms: ['出生日期', '出生年月', '出生年月日', '生日'], label: { zh: '出生日期', en: 'birth date' } },
    { field: 'org', kind: 'text', synonyms: ['所在党组织', '所在党支部', '党组织名称', '所属党组织', '所在支部', '党组织', '支部'], label: { zh: '所在党组织', en: 'organisation' } },
    { field: 'category', kind: 'text', synonyms: ['党员类别', '党员类型', '人员类别', '类别', '党员分类'], label: { zh: '党员类别', en: 'category' } },
    { field: 'joinedOn', kind: 'date', synonyms: ['入党时间', '入党日期', '入党年月', '加入党组织日期'], label: { zh: '入党时间', en: 'joined' } },
    { field: 'phone', kind: 'phone', synonyms: ['联系电话', '手机号码', '手机号', '电话', '联系方式', '手机'], label: { zh: '联系电话', en: 'phone' } },
    { field: 'address', kind: 'address', synonyms: ['现居住地址', '居住地址', '家庭住址', '现住址', '住址', '地址'], label: { zh: '现居住地址', en: 'address' } },
    { field: 'reportCommunity', kind: 'text', synonyms: ['双报到社区', '报到社区', '双报到', '报到社区名称', '双报到情况'], label: { zh: '双报到社区', en: 'community registered with (双报到)' } },
  ],
};

/** 党员类别 as registers write it; the first word of each is the one the export writes. */
export const CATEGORY_WORDS_ZH: Record<PartyMemberCategory, readonly string[]> = {
  employed: ['在职', '在职党员', '在职在岗'],
  retired: ['离退休', '离退休党员', '退休', '离休', '退休党员'],
  mobile: ['流动', '流动党员'],
  two_new: ['两新', '两新党员', '两新组织党员', '非公企业党员'],
};

const BY_WORD = new Map<string, PartyMemberCategory>(
  Object.entries(CATEGORY_WORDS_ZH).flatMap(([category, words]) => words.map((w) => [compactText(w), category as PartyMemberCategory] as const)),
);

export function categoryOfWord(text: string): PartyMemberCategory | null {
  return BY_WORD.get(compactText(text)) ?? null;
}

export const ALLOWED_CATEGORY_WORDS = Object.values(CATEGORY_WORDS_ZH).map((w) => w[0]!).join('、');
