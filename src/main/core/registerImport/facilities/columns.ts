// The facilities register (设施台账: 党群服务中心, 便民服务站, 志愿服务点): its columns with the
// Chinese headers community workbooks use (the first synonym is the header the export writes)
// and the words for each kind. A facility is a point in WGS-84 degrees (GPS, 天地图); its grid
// and community follow from the point. Coordinates in other systems are issue #12.
import type { FacilityKind } from '../../../../shared/domain';
import type { ColumnSpec } from '../columnSpec';

export const FACILITY_IMPORT_FIELDS = ['name', 'kind', 'community', 'address', 'lng', 'lat', 'openHours'] as const;
export type FacilityImportField = (typeof FACILITY_IMPORT_FIELDS)[number];

export const FACILITY_EXPORT_FIELDS: readonly FacilityImportField[] = FACILITY_IMPORT_FIELDS;

export const FACILITY_COLUMNS: ColumnSpec<FacilityImportField> = {
  fields: [
    { field: 'name', kind: 'text', synonyms: ['设施名称', '名称', '阵地名称', '站点名称', '场所名称', '服务站点名称'], label: { zh: '设施名称', en: 'name' } },
    { field: 'kind', kind: 'text', synonyms: ['设施类型', '类型', '设施类别', '类别', '阵地类型', '站点类型'], label: { zh: '设施类型', en: 'kind' } },
    { field: 'community', kind: 'text', synonyms: ['所属社区', '社区', '社区名称'], label: { zh: '所属社区', en: 'community' } },
    { field: 'address', kind: 'address', synonyms: ['地址', '详细地址', '设施地址', '所在地址', '位置', '门牌地址'], label: { zh: '地址', en: 'address' } },
    { field: 'lng', kind: 'text', synonyms: ['经度', '东经', 'lng', 'lon', 'longitude'], label: { zh: '经度', en: 'longitude' } },
    { field: 'lat', kind: 'text', synonyms: ['纬度', '北纬', 'lat', 'latitude'], label: { zh: '纬度', en: 'latitude' } },
    { field: 'openHours', kind: 'text', synonyms: ['开放时间', '服务时间', '办公时间', '开放时段', '服务时段', '营业时间'], label: { zh: '开放时间', en: 'opening hours' } },
  ],
};

/** The catalog's word for a kind first (it is what the export writes), then the ways registers write it. */
export const FACILITY_KIND_WORDS: Readonly<Record<FacilityKind, readonly string[]>> = {
  party_service_center: ['党群服务中心', '党群服务站', '党群活动中心', '党群服务阵地'],
  convenience_station: ['便民服务站', '便民服务中心', '便民服务点', '便民服务室'],
  volunteer_point: ['志愿服务点', '志愿服务站', '志愿者服务站', '志愿者服务点'],
};
