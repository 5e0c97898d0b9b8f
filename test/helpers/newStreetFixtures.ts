// A small street of its own, as a district's GIS office and a community would hand it over:
// the boundary, two communities, four grids and one building per grid as GeoJSON (WGS-84),
// and a residents register as a workbook, for the new-street tests (unit and end-to-end).
// The street is a 1 km square in 九龙坡区 (500107); each community is a half, each grid a
// quarter, each building a 20 m square at its grid's centre.
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { idNumberCheckChar } from '../../src/main/core/validation/idNumber';
import { workbookBytes } from './placeWorkbook';

const W = 106.55;
const S = 29.56;
/** About a kilometre east–west and north–south at 29.5°N. */
const DX = 0.0103;
const DY = 0.009;

export const NEW_STREET = {
  kind: 'new' as const,
  streetName: '新桥街道',
  district: '九龙坡区',
  city: '重庆市',
  adminCode: '500107',
  streetCode: '500107009',
  username: 'zhangwei',
  displayName: '张伟',
  password: 'xinqiao-2026',
};

function box(w: number, s: number, e: number, n: number): Polygon {
  return { type: 'Polygon', coordinates: [[[w, s], [e, s], [e, n], [w, n], [w, s]]] };
}

function collection(features: Feature<Polygon>[]): Buffer {
  return Buffer.from(JSON.stringify({ type: 'FeatureCollection', features } satisfies FeatureCollection<Polygon>));
}

const feature = (properties: Record<string, string | number>, geometry: Polygon): Feature<Polygon> => ({ type: 'Feature', properties, geometry });

export function streetGeoJson(): Buffer {
  return collection([feature({ 街道名称: '新桥街道', 街道编码: '500107009' }, box(W, S, W + DX, S + DY))]);
}

/** West and east halves. */
export function communitiesGeoJson(): Buffer {
  return collection([
    feature({ 社区编码: '500107009001', 社区名称: '新桥社区' }, box(W, S, W + DX / 2, S + DY)),
    feature({ 社区编码: '500107009002', 社区名称: '桥东社区' }, box(W + DX / 2, S, W + DX, S + DY)),
  ]);
}

interface Quarter {
  code: string;
  name: string;
  community: string;
  w: number;
  s: number;
}

const QUARTERS: Quarter[] = [
  { code: 'XQ-01', name: '新桥第一网格', community: '500107009001', w: W, s: S },
  { code: 'XQ-02', name: '新桥第二网格', community: '500107009001', w: W, s: S + DY / 2 },
  { code: 'QD-01', name: '桥东第一网格', community: '500107009002', w: W + DX / 2, s: S },
  { code: 'QD-02', name: '桥东第二网格', community: '500107009002', w: W + DX / 2, s: S + DY / 2 },
];

/** The four quarters; `leaveOut` drops one, leaving a gap in the street. */
export function gridsGeoJson(leaveOut: string | null = null): Buffer {
  return collection(
    QUARTERS.filter((q) => q.code !== leaveOut).map((q) => feature({ 网格编码: q.code, 网格名称: q.name, 社区编码: q.community }, box(q.w, q.s, q.w + DX / 2, q.s + DY / 2))),
  );
}

/** One building per grid, 幸福小区1栋 … 4栋, at the quarter's centre. */
export function buildingsGeoJson(): Buffer {
  const side = 0.0002;
  return collection(
    QUARTERS.map((q, i) => {
      const [cx, cy] = [q.w + DX / 4, q.s + DY / 4];
      return feature({ 楼栋编码: `XQ-B${i + 1}`, 楼栋名称: `幸福小区${i + 1}栋`, 层数: 6, 地址: `幸福小区${i + 1}栋` }, box(cx - side / 2, cy - side / 2, cx + side / 2, cy + side / 2));
    }),
  );
}

function idNumber(birth: string, seq: number): string {
  const first17 = `500107${birth.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** The 新桥社区 register: two households in 幸福小区1栋 and 2栋 (the community's own buildings). */
export async function residentsWorkbook(): Promise<Buffer> {
  const people: [string, string, string, string, string][] = [
    ['刘建国', '男', '1968-03-12', '户主', '幸福小区1栋1单元101'],
    ['王秀英', '女', '1970-07-05', '配偶', '幸福小区1栋1单元101'],
    ['陈志强', '男', '1985-11-23', '户主', '幸福小区2栋2单元302'],
  ];
  return workbookBytes([
    {
      name: '居民信息',
      rows: [
        ['姓名', '身份证号', '性别', '出生日期', '与户主关系', '地址', '联系电话'],
        ...people.map(([name, sex, birth, relation, address], i) => [name, idNumber(birth, sex === '男' ? 11 + 2 * i : 12 + 2 * i), sex, birth, relation, address, `1380238${String(1000 + i)}`]),
      ],
    },
  ]);
}
