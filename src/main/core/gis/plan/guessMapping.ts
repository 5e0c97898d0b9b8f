// Which attribute holds a record's code, name, community … guessed from the field names
// Chinese GIS files use (名称, NAME, 编码, CODE, 网格编码, WGBM …); the user corrects it in the dialog.
import { GIS_LAYER_FIELDS, type GisField, type GisLayer } from '../../../../shared/gis';

/** Names per field, most specific first; compared without case, spaces and underscores. */
const SYNONYMS: Record<GisField, Record<GisLayer | 'any', readonly string[]>> = {
  code: {
    street: ['街道编码', '街道代码', 'jdbm', 'jddm', 'streetcode'],
    communities: ['社区编码', '社区代码', '居委会编码', 'sqbm', 'sqdm', 'communitycode'],
    grids: ['网格编码', '网格代码', '网格编号', 'wgbm', 'wgdm', 'wgbh', 'gridcode'],
    buildings: ['楼栋编码', '建筑编码', '房屋编码', '楼栋编号', 'ldbm', 'jzbm', 'fwbm', 'buildingcode', 'bldgcode'],
    facilities: ['设施编码', 'ssbm'],
    any: ['编码', '代码', '编号', 'code', 'bm', 'dm', 'id'],
  },
  name: {
    street: ['街道名称', 'jdmc'],
    communities: ['社区名称', '居委会名称', '社区', 'sqmc'],
    grids: ['网格名称', 'wgmc', 'gridname'],
    buildings: ['楼栋名称', '建筑名称', '楼名', 'ldmc', 'jzmc'],
    facilities: ['设施名称', 'ssmc'],
    any: ['名称', '名字', 'name', 'mc', 'title'],
  },
  community: {
    street: [],
    communities: [],
    grids: ['所属社区编码', '社区编码', '所属社区', '社区代码', '社区', 'sqbm', 'sqdm', 'community'],
    buildings: [],
    facilities: [],
    any: [],
  },
  kind: { street: [], communities: [], grids: [], buildings: [], facilities: ['设施类型', '类型', '类别', 'sslx', 'lx', 'kind', 'type'], any: [] },
  floors: { street: [], communities: [], grids: [], buildings: ['层数', '地上层数', '楼层数', 'cs', 'floors', 'floor'], facilities: [], any: [] },
  address: { street: [], communities: [], grids: [], buildings: ['地址', '门牌地址', '楼栋地址', 'dz', 'address', 'addr'], facilities: ['地址', 'dz', 'address', 'addr'], any: [] },
};

const norm = (s: string) => s.replace(/[\s_\-]/g, '').toLowerCase();

export function guessMapping(layer: GisLayer, attributes: readonly string[]): Partial<Record<GisField, string>> {
  const used = new Set<string>();
  const out: Partial<Record<GisField, string>> = {};
  for (const field of GIS_LAYER_FIELDS[layer]) {
    const names = [...SYNONYMS[field][layer], ...SYNONYMS[field].any];
    for (const name of names) {
      const hit = attributes.find((a) => !used.has(a) && norm(a) === norm(name));
      if (hit) {
        out[field] = hit;
        used.add(hit);
        break;
      }
    }
  }
  return out;
}
