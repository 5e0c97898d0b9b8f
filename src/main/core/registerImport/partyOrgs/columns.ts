// The Party organisations register (党组织台账): its columns and the Chinese headers
// communities give them. The first synonym of each is the header the export writes.
import type { ColumnSpec } from '../columnSpec';

export const PARTY_ORG_FIELDS = ['name', 'kind', 'level', 'parent', 'secretary', 'secretaryPhone', 'place', 'coverage', 'foundedOn'] as const;
export type PartyOrgField = (typeof PARTY_ORG_FIELDS)[number];

export const PARTY_ORG_COLUMNS: ColumnSpec<PartyOrgField> = {
  fields: [
    { field: 'name', kind: 'text', synonyms: ['党组织名称', '组织名称', '党组织全称', '党组织', '名称', '单位名称'], label: { zh: '党组织名称', en: 'organisation' } },
    { field: 'kind', kind: 'text', synonyms: ['组织类别', '党组织类别', '组织类型', '党组织类型', '类别', '类型'], label: { zh: '组织类别', en: 'kind' } },
    { field: 'level', kind: 'text', synonyms: ['层级', '组织层级', '级别'], label: { zh: '层级', en: 'level' } },
    { field: 'parent', kind: 'text', synonyms: ['上级党组织', '上级组织', '隶属党组织', '上级党组织名称', '隶属关系', '上级'], label: { zh: '上级党组织', en: 'parent' } },
    { field: 'secretary', kind: 'name', synonyms: ['书记', '党组织书记', '书记姓名', '负责人', '党组织负责人', '姓名'], label: { zh: '书记', en: 'secretary' } },
    { field: 'secretaryPhone', kind: 'phone', synonyms: ['书记联系电话', '联系电话', '书记电话', '联系方式', '电话', '手机号码'], label: { zh: '书记联系电话', en: "secretary's phone" } },
    { field: 'place', kind: 'text', synonyms: ['活动阵地', '活动场所', '所在楼栋', '办公地点', '阵地'], label: { zh: '活动阵地', en: 'meeting place' } },
    { field: 'coverage', kind: 'text', synonyms: ['覆盖范围', '覆盖网格', '覆盖对象', '联系网格', '覆盖楼栋', '覆盖单位'], label: { zh: '覆盖范围', en: 'coverage' } },
    { field: 'foundedOn', kind: 'date', synonyms: ['成立时间', '成立日期', '建立时间', '组建时间', '成立年月'], label: { zh: '成立时间', en: 'founded' } },
  ],
};
