// The residents-with-households register (居民户籍/常住人口台账): its columns and their
// Chinese header synonyms.
import type { ResidentImportField } from '../../../../shared/registerImport';
import type { ColumnSpec } from '../columnSpec';

export const RESIDENT_COLUMNS: ColumnSpec<ResidentImportField> = {
  fields: [
    { field: 'name', kind: 'name', synonyms: ['姓名', '居民姓名', '成员姓名', '家庭成员姓名', '人员姓名', '户主姓名'], label: { zh: '姓名', en: 'name' } },
    { field: 'idNumber', kind: 'idNumber', synonyms: ['公民身份号码', '身份证号', '身份证号码', '身份证', '证件号码', '身份号码', '居民身份证号码'], label: { zh: '公民身份号码', en: 'ID number' } },
    { field: 'gender', kind: 'gender', synonyms: ['性别'], label: { zh: '性别', en: 'gender' } },
    { field: 'birthDate', kind: 'date', synonyms: ['出生日期', '出生年月', '出生年月日', '生日'], label: { zh: '出生日期', en: 'birth date' } },
    { field: 'phone', kind: 'phone', synonyms: ['联系电话', '手机号', '手机号码', '电话', '联系方式', '手机', '电话号码'], label: { zh: '联系电话', en: 'phone' } },
    { field: 'relation', kind: 'relation', synonyms: ['与户主关系', '与户主的关系', '家庭关系', '关系'], label: { zh: '与户主关系', en: 'relation to the head' } },
    { field: 'address', kind: 'address', synonyms: ['住址', '家庭住址', '现住址', '居住地址', '现居住地址', '地址', '详细地址', '门牌地址'], label: { zh: '住址', en: 'address' } },
    { field: 'estate', kind: 'text', synonyms: ['小区', '小区名称', '院落', '小区院落', '所在小区'], label: { zh: '小区', en: 'estate' } },
    { field: 'building', kind: 'addressPart', synonyms: ['楼栋', '楼栋号', '栋号', '栋', '幢', '楼号'], label: { zh: '楼栋', en: 'building' } },
    { field: 'unit', kind: 'addressPart', synonyms: ['单元', '单元号'], label: { zh: '单元', en: 'unit' } },
    { field: 'room', kind: 'addressPart', synonyms: ['房号', '门牌', '门牌号', '房间号', '室', '房间'], label: { zh: '房号', en: 'room' } },
    { field: 'householdNo', kind: 'text', synonyms: ['户号', '户编号', '户籍编号'], label: { zh: '户号', en: 'household number' } },
    { field: 'note', kind: 'note', synonyms: ['备注', '说明'], label: { zh: '备注', en: 'note' } },
  ],
};
