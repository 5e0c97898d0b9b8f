// What the pointer is on: which interactive layer, and what clicking it opens.
import type { DetailRef } from '../detail/detailRef';
import { LAYER } from './layerIds';

export type MapHit =
  | { type: 'detail'; ref: DetailRef; layerId: string; properties: Record<string, unknown> }
  | { type: 'cluster'; clusterId: number; sourceId: string; layerId: string; properties: Record<string, unknown> }
  /** A 三张清单 item drawn by 党建工作: its drawer is the workspace's own. */
  | { type: 'partyItem'; itemId: number; layerId: string; properties: Record<string, unknown> };

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

const PARTY_ITEM_LAYERS: readonly string[] = [LAYER.partyNeeds, LAYER.partyResources];

// Party items first: drawn on top of everything in 党建工作, they win a click over the building beneath.
export const INTERACTIVE_LAYERS: readonly string[] = [...PARTY_ITEM_LAYERS, ...Object.keys(DETAIL_LAYERS), LAYER.tenantsCluster];

export function hitFor(layerId: string, sourceId: string, properties: Record<string, unknown>): MapHit | null {
  if (layerId === LAYER.tenantsCluster) {
    const clusterId = properties.cluster_id;
    return typeof clusterId === 'number' ? { type: 'cluster', clusterId, sourceId, layerId, properties } : null;
  }
  if (PARTY_ITEM_LAYERS.includes(layerId)) {
    const id = properties.id;
    return typeof id === 'number' ? { type: 'partyItem', itemId: id, layerId, properties } : null;
  }
  const spec = DETAIL_LAYERS[layerId];
  if (!spec) return null;
  const id = properties[spec.idProperty];
  return typeof id === 'number' ? { type: 'detail', ref: { kind: spec.kind, id }, layerId, properties } : null;
}
