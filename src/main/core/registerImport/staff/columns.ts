// The grid staff register (网格人员台账, "11XN"): its columns with the Chinese headers
// community workbooks use (the first synonym is the header the export writes), and the words
// for each post. A row names a post (网格长 / 网格员 of a grid, 楼栋长 of a building, a 志愿者
// of a grid) and the person who holds it.
import type { StaffRole } from '../../../../shared/domain';
import type { ColumnSpec } from '../columnSpec';

export const STAFF_IMPORT_FIELDS = ['grid', 'post', 'building', 'name', 'phone', 'idNumber', 'startDate', 'partyMember'] as const;
export type StaffImportField = (typeof STAFF_IMPORT_FIELDS)[number];

/** The export writes every column, in this order. */
export const STAFF_EXPORT_FIELDS: readonly StaffImportField[] = STAFF_IMPORT_FIELDS;

export const STAFF_COLUMNS: ColumnSpec<StaffImportField> = {
  fields: [
    { field: 'grid', kind: 'text', synonyms: ['所属网格', '网格', '网格名称', '责任网格', '网格编码', '网格编号'], label: { zh: '所属网格', en: 'grid' } },
    { field: 'post', kind: 'text', synonyms: ['岗位', '职务', '岗位类别', '人员类别', '人员类型', '身份', '担任职务'], label: { zh: '岗位', en: 'post' } },
    { field: 'building', kind: 'text', synonyms: ['负责楼栋', '楼栋', '楼栋名称', '所在楼栋', '楼栋号', '联系楼栋'], label: { zh: '负责楼栋', en: 'building' } },
    { field: 'name', kind: 'name', synonyms: ['姓名', '人员姓名', '网格员姓名', '名字'], label: { zh: '姓名', en: 'name' } },
    { field: 'phone', kind: 'phone', synonyms: ['联系电话', '手机号', '手机号码', '电话', '联系方式', '手机', '电话号码'], label: { zh: '联系电话', en: 'phone' } },
    { field: 'idNumber', kind: 'idNumber', synonyms: ['公民身份号码', '身份证号', '身份证号码', '身份证', '证件号码'], label: { zh: '公民身份号码', en: 'ID number' } },
    { field: 'startDate', kind: 'date', synonyms: ['任职日期', '上岗日期', '到岗日期', '任职时间', '上岗时间', '任命日期', '开始日期'], label: { zh: '任职日期', en: 'start date' } },
    { field: 'partyMember', kind: 'text', synonyms: ['是否党员', '政治面貌', '党员'], label: { zh: '是否党员', en: 'Party member' } },
  ],
};

/** The catalog's word for a post first (it is what the export writes), then the ways registers write it. */
export const POST_WORDS: Readonly<Record<StaffRole, readonly string[]>> = {
  grid_head: ['网格长', '网格长(书记)', '网格负责人'],
  grid_worker: ['网格员', '专职网格员', '专职网格管理员', '网格管理员'],
  building_head: ['楼栋长', '楼长', '栋长'],
  volunteer: ['志愿者', '网格志愿者', '志愿服务者', '兼职网格员'],
};

/** 是否党员 / 政治面貌: the export writes 是 or 否. */
export const PARTY_WORDS: Readonly<Record<'yes' | 'no', readonly string[]>> = {
  yes: ['是', '中共党员', '党员', '预备党员', '中共预备党员', 'Y', '√'],
  no: ['否', '群众', '共青团员', '团员', '民主党派', '无党派人士', '无', 'N', '×'],
};
