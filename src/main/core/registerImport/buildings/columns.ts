// The buildings register (楼栋台账): its columns with the Chinese headers community workbooks
// use (the first synonym is the header the export writes), and the words for a building's use
// and lift. 楼栋编码, 楼栋名称 and 地址 find the building; the rest are its attributes. The
// footprint is not a column: outlines come from a GIS import (issue #12), so this register
// updates buildings the street already has and never adds one.
import type { BuildingUse } from '../../../../shared/domain';
import type { ColumnSpec } from '../columnSpec';

export const BUILDING_IMPORT_FIELDS = ['code', 'name', 'estate', 'number', 'address', 'floors', 'use', 'hasLift', 'builtYear'] as const;
export type BuildingImportField = (typeof BUILDING_IMPORT_FIELDS)[number];

/** The columns the export writes, in its order (小区 and 楼栋号 are read, never written: 楼栋名称 holds both). */
export const BUILDING_EXPORT_FIELDS: readonly BuildingImportField[] = ['code', 'name', 'address', 'floors', 'use', 'hasLift', 'builtYear'];

export const BUILDING_COLUMNS: ColumnSpec<BuildingImportField> = {
  fields: [
    { field: 'code', kind: 'text', synonyms: ['楼栋编码', '建筑编码', '楼栋代码', '建筑物编码', '房屋编码', '楼栋编号'], label: { zh: '楼栋编码', en: 'building code' } },
    { field: 'name', kind: 'text', synonyms: ['楼栋名称', '建筑名称', '楼宇名称', '建筑物名称', '楼栋名', '楼宇', '名称'], label: { zh: '楼栋名称', en: 'building name' } },
    { field: 'estate', kind: 'text', synonyms: ['小区', '小区名称', '所在小区', '院落', '小区院落', '院落名称'], label: { zh: '小区', en: 'estate' } },
    { field: 'number', kind: 'addressPart', synonyms: ['楼栋号', '栋号', '楼号', '幢号', '楼栋', '栋', '幢'], label: { zh: '楼栋号', en: 'building number' } },
    { field: 'address', kind: 'address', synonyms: ['地址', '楼栋地址', '门牌地址', '详细地址', '建筑地址', '门牌号', '坐落'], label: { zh: '地址', en: 'address' } },
    { field: 'floors', kind: 'text', synonyms: ['层数', '楼层数', '总层数', '地上层数', '楼层'], label: { zh: '层数', en: 'floors' } },
    { field: 'use', kind: 'text', synonyms: ['用途', '房屋用途', '建筑用途', '楼栋类型', '建筑类型', '类型', '性质', '房屋性质'], label: { zh: '用途', en: 'use' } },
    { field: 'hasLift', kind: 'text', synonyms: ['电梯', '有无电梯', '是否有电梯', '是否加装电梯', '电梯情况'], label: { zh: '电梯', en: 'lift' } },
    { field: 'builtYear', kind: 'text', synonyms: ['建成年份', '建成年代', '建造年份', '建成时间', '竣工年份', '竣工时间', '建成年度', '年代'], label: { zh: '建成年份', en: 'year built' } },
  ],
};

/** A building's use: the catalog's word first (it is what the export writes), then the ways registers write it. */
export const BUILDING_USE_WORDS: Readonly<Record<BuildingUse, readonly string[]>> = {
  residential: ['住宅', '居住', '住宅楼', '民用住宅', '居民住宅', '住房'],
  commercial: ['商业', '商铺', '商场', '商业用房', '商业楼', '门面'],
  mixed: ['商住', '商住混合', '商住两用', '商住楼', '综合'],
  office: ['办公', '写字楼', '办公楼', '商务办公'],
  public: ['公共', '公共服务', '公建', '公共建筑', '公共设施'],
  industrial: ['工业', '厂房', '工业厂房', '工业用房', '仓储'],
};

export const LIFT_WORDS: Readonly<Record<'yes' | 'no', readonly string[]>> = {
  yes: ['有', '是', '有电梯', 'Y', 'YES', '√', '1', 'TRUE'],
  no: ['无', '否', '没有', '无电梯', 'N', 'NO', '×', '0', 'FALSE'],
};
