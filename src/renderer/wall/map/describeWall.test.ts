import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { MapBase } from '../../../shared/views';
import type { WallGridStatus } from '../../../shared/wall';
import { describeWall, gridStateColor, WALL_LAYER, WALL_SRC } from './describeWall';
import { markerKind } from './wallFeatures';
import { GRID_STATE_COLORS } from './wallPalette';

const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const base = {
  street: { bbox: [106, 29, 106.02, 29.02] },
  boundary: empty,
  communities: empty,
  grids: empty,
  gridLabels: empty,
  communityLabels: empty,
  roads: empty,
  water: empty,
  green: empty,
  buildings: empty,
} as unknown as MapBase;
const state = (gridId: number, s: WallGridStatus['state']): WallGridStatus => ({ gridId, open: 1, overdue: 0, supervised: 0, state: s });

describe('describeWall', () => {
  it('colours grids by state, calm by default', () => {
    expect(gridStateColor([state(1, 'calm')])).toBe(GRID_STATE_COLORS.calm);
    expect(gridStateColor([state(1, 'overdue'), state(2, 'open'), state(3, 'overdue')])).toEqual([
      'match',
      ['to-number', ['get', 'id']],
      [2],
      GRID_STATE_COLORS.open,
      [1, 3],
      GRID_STATE_COLORS.overdue,
      GRID_STATE_COLORS.calm,
    ]);
  });

  it('scales sizes with the design unit and pulses between two radii', () => {
    const input = { base, gridStates: [], gridLabels: empty, cases: empty, pulse: empty, pulsePhase: false, focusCommunityId: null, unit: 1 };
    const paint = (d: ReturnType<typeof describeWall>, id: string) => d.layers.find((l) => l.id === id)?.paint as Record<string, unknown>;
    const small = describeWall(input);
    const big = describeWall({ ...input, unit: 2, pulsePhase: true });
    expect(paint(big, WALL_LAYER.cases)['circle-radius']).toBe(2 * (paint(small, WALL_LAYER.cases)['circle-radius'] as number));
    expect(paint(big, WALL_LAYER.pulse)['circle-radius']).toBeGreaterThan(2 * (paint(small, WALL_LAYER.pulse)['circle-radius'] as number));
    expect(small.sources[WALL_SRC.cases]?.data).toBe(empty);
    expect(new Set(small.layers.map((l) => l.id)).size).toBe(small.layers.length);
  });

  it('marks the focused community and dims the rest', () => {
    const d = describeWall({ base, gridStates: [], gridLabels: empty, cases: empty, pulse: empty, pulsePhase: false, focusCommunityId: 4, unit: 1 });
    expect(d.layers.find((l) => l.id === WALL_LAYER.focusOutline)).toMatchObject({ filter: ['==', ['to-number', ['get', 'id']], 4] });
    expect((d.layers.find((l) => l.id === WALL_LAYER.gridFill)?.paint as Record<string, unknown>)['fill-opacity']).toEqual(['case', ['==', ['to-number', ['get', 'communityId']], 4], 0.62, 0.22]);
  });

  it('gives markers the colour of what their case needs', () => {
    const m = { caseId: 1, code: 'AJ1', lng: 0, lat: 0, status: 'handling' as const, gridId: 1, communityId: 1, category: 'x', supervised: false, reportedAt: 0, dispatchedAt: 10, dueAt: 100 };
    expect(markerKind(m, 50)).toBe('inProgress');
    expect(markerKind(m, 101)).toBe('overdue');
    expect(markerKind({ ...m, supervised: true }, 50)).toBe('supervised');
    expect(markerKind({ ...m, status: 'reported', dispatchedAt: null, dueAt: null }, 50)).toBe('waiting');
  });
});
