import { describe, expect, it } from 'vitest';
import { LAYER, SRC } from './layerIds';
import { hitFor, INTERACTIVE_LAYERS } from './mapHit';

describe('hitFor', () => {
  it('maps each interactive layer to the detail it opens', () => {
    expect(hitFor(LAYER.householdsCircle, SRC.households, { buildingId: 12, households: 3 })).toMatchObject({ type: 'detail', ref: { kind: 'building', id: 12 } });
    expect(hitFor(LAYER.casesCircle, SRC.cases, { id: 5 })).toMatchObject({ ref: { kind: 'case', id: 5 } });
    expect(hitFor(LAYER.gridFill, SRC.grids, { id: 2 })).toMatchObject({ ref: { kind: 'grid', id: 2 } });
  });

  it('treats tenant clusters as zoom targets and ignores everything else', () => {
    expect(hitFor(LAYER.tenantsCluster, SRC.tenants, { cluster_id: 77, point_count: 4 })).toMatchObject({ type: 'cluster', clusterId: 77 });
    expect(hitFor(LAYER.road, SRC.roads, { name: 'x' })).toBeNull();
    expect(hitFor(LAYER.casesCircle, SRC.cases, { id: 'x' })).toBeNull();
    expect(INTERACTIVE_LAYERS).not.toContain(LAYER.buildingBase);
  });

  it('gives 党建工作 its 三张清单 points, above the building beneath them', () => {
    expect(hitFor(LAYER.partyNeeds, 'party-lists', { id: 9, kind: 'need' })).toMatchObject({ type: 'partyItem', itemId: 9 });
    expect(hitFor(LAYER.partyResources, 'party-lists', { id: 4, kind: 'resource' })).toMatchObject({ type: 'partyItem', itemId: 4 });
    expect(INTERACTIVE_LAYERS.indexOf(LAYER.partyNeeds)).toBeLessThan(INTERACTIVE_LAYERS.indexOf(LAYER.buildingFill));
  });
});
