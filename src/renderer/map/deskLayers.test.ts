// The dispatch desk's additions to the map description: the queue's cases through the
// one cases layer, and the intake pin above the overlays.
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { OVERLAY_KINDS, type OverlayKind } from '../../shared/domain';
import { queueFeatures } from '../dispatch/queue/queueFeatures';
import { describeMap, type MapState } from './describeMap';
import { LAYER, SRC } from './layerIds';
import { pinCollection } from './overlays/pinOverlay';
import { tinyBase } from './testFixtures';

const allOn = Object.fromEntries(OVERLAY_KINDS.map((k) => [k, true])) as Record<OverlayKind, boolean>;
const state = (patch: Partial<MapState> = {}): MapState => ({ base: tinyBase(), overlays: {}, visible: allOn, gridsVisible: true, labelsVisible: true, selection: null, ...patch });

const row = {
  id: 7,
  code: 'AJ2026030100007',
  status: 'closed' as const,
  light: null,
  caseClass: 'event' as const,
  categoryName: '市容环境',
  subcategoryName: '暴露垃圾',
  categoryCode: 'SJ01',
  subcategoryCode: 'SJ0101',
  source: 'patrol' as const,
  address: '五台横街1号',
  description: '垃圾',
  gridId: 1,
  gridName: '第1网格',
  communityName: '杨家坪社区',
  assigneeName: null,
  reportedAt: 0,
  dueAt: null,
  closedAt: null,
  supervised: false,
  reworkCount: 0,
  extensionPending: false,
  center: [106.5, 29.55] as [number, number],
};

describe('the desk on the map', () => {
  it('draws the queue through the cases source and has no pin until one is placed', () => {
    const queue = queueFeatures([row]);
    const d = describeMap(state({ queueCases: queue }));
    expect(d.sources[SRC.cases]?.data).toBe(queue);
    expect(d.sources[SRC.intakePin]).toBeUndefined();
    expect(d.layers.find((l) => l.id === LAYER.intakePin)).toBeUndefined();
  });

  it('shows a placed pin above the cases and stays a valid style', () => {
    const d = describeMap(state({ queueCases: queueFeatures([row]), pin: pinCollection([106.5, 29.55]) }));
    const ids = d.layers.map((l) => l.id);
    expect(ids.indexOf(LAYER.casesCircle)).toBeLessThan(ids.indexOf(LAYER.intakePin));
    expect(validateStyleMin({ version: 8, sources: d.sources, layers: d.layers })).toEqual([]);
  });
});
