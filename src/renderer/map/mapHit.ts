// What the pointer is on: which interactive layer, and what clicking it opens.
import type { DetailRef } from '../detail/detailRef';
import { LAYER } from './layerIds';

export type MapHit =
  | { type: 'detail'; ref: DetailRef; layerId: string; properties: Record<string, unknown> }
  | { type: 'cluster'; clusterId: number; sourceId: string; layerId: string; properties: Record<string, unknown> };

/** Layers that react to the pointer, with the detail each opens and the property holding its id. */
const DETAIL_LAYERS: Record<string, { kind: DetailRef['kind']; idProperty: string }> = {
  [LAYER.casesCircle]: { kind: 'case', idProperty: 'id' },
  [LAYER.facilitiesBadge]: { kind: 'facility', idProperty: 'id' },
  [LAYER.partyOrgsCircle]: { kind: 'partyOrg', idProperty: 'id' },
  [LAYER.tenantsPoint]: { kind: 'tenant', idProperty: 'id' },
  [LAYER.householdsCircle]: { kind: 'building', idProperty: 'buildingId' },
  [LAYER.outsideBuildings]: { kind: 'building', idProperty: 'buildingId' },
  [LAYER.buildingFill]: { kind: 'building', idProperty: 'id' },
  [LAYER.communityLabel]: { kind: 'community', idProperty: 'id' },
  [LAYER.draftGridFill]: { kind: 'grid', idProperty: 'id' },
  [LAYER.gridFill]: { kind: 'grid', idProperty: 'id' },
};

export const INTERACTIVE_LAYERS: readonly string[] = [...Object.keys(DETAIL_LAYERS), LAYER.tenantsCluster];

export function hitFor(layerId: string, sourceId: string, properties: Record<string, unknown>): MapHit | null {
  if (layerId === LAYER.tenantsCluster) {
    const clusterId = properties.cluster_id;
    return typeof clusterId === 'number' ? { type: 'cluster', clusterId, sourceId, layerId, properties } : null;
  }
  const spec = DETAIL_LAYERS[layerId];
  if (!spec) return null;
  const id = properties[spec.idProperty];
  return typeof id === 'number' ? { type: 'detail', ref: { kind: spec.kind, id }, layerId, properties } : null;
}
