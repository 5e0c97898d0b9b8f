// The departments a street's cases go to: the street's own offices, district bureaus and
// utility companies. Codes are stable identifiers that categories refer to.
import type { Db } from '../db/database';

export type DepartmentKind = 'street' | 'district' | 'utility';

export interface DepartmentDef {
  code: string;
  name: string;
  kind: DepartmentKind;
  phone: string;
}

export const DEPARTMENTS: readonly DepartmentDef[] = [
  { code: 'JD-CGB', name: '街道城管办', kind: 'street', phone: '023-68780101' },
  { code: 'JD-PAB', name: '街道平安办', kind: 'street', phone: '023-68780102' },
  { code: 'JD-SQB', name: '街道社区事务办', kind: 'street', phone: '023-68780103' },
  { code: 'JD-ZFD', name: '街道综合行政执法大队', kind: 'street', phone: '023-68780104' },
  { code: 'JD-YJB', name: '街道应急办', kind: 'street', phone: '023-68780105' },
  { code: 'QU-CGJ', name: '区城市管理局', kind: 'district', phone: '023-68781201' },
  { code: 'QU-ZJW', name: '区住房城乡建委', kind: 'district', phone: '023-68781202' },
  { code: 'QU-HBJ', name: '区生态环境局', kind: 'district', phone: '023-68781203' },
  { code: 'QU-SJS', name: '区市场监管局九龙市场监管所', kind: 'district', phone: '023-68781204' },
  { code: 'QU-PCS', name: '公安九龙坡分局九龙派出所', kind: 'district', phone: '023-68781205' },
  { code: 'QU-XFZ', name: '区消防救援支队', kind: 'district', phone: '023-68781206' },
  { code: 'QU-JTJ', name: '区交通局', kind: 'district', phone: '023-68781207' },
  { code: 'QU-SLJ', name: '区水利局', kind: 'district', phone: '023-68781208' },
  { code: 'QU-YLZ', name: '区园林绿化中心', kind: 'district', phone: '023-68781209' },
  { code: 'GY-ZLS', name: '自来水公司九龙坡分公司', kind: 'utility', phone: '023-68782301' },
  { code: 'GY-GDS', name: '国网九龙坡供电公司', kind: 'utility', phone: '023-68782302' },
  { code: 'GY-RQS', name: '燃气公司九龙坡分公司', kind: 'utility', phone: '023-68782303' },
  { code: 'GY-DXS', name: '电信运营商九龙坡分公司', kind: 'utility', phone: '023-68782304' },
];

/** Inserts the departments in list order (ids 1..n on an empty table); returns code → id. */
export function insertDepartments(db: Db): Map<string, number> {
  const insert = db.prepare('INSERT INTO department (code, name, kind, phone) VALUES (?, ?, ?, ?)');
  const ids = new Map<string, number>();
  for (const d of DEPARTMENTS) ids.set(d.code, Number(insert.run(d.code, d.name, d.kind, d.phone).lastInsertRowid));
  return ids;
}
