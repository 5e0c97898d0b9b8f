// From the wall's model to the GeoJSON its map layers draw: case markers with the colour
// they need now, pulsing new cases, and grid labels (the shared 铁马·11网格: numbers repeat
// in every community, so a label names both) carrying the grid's state.
import type { Feature, FeatureCollection, Point } from 'geojson';
import { gridLabel } from '../../../shared/gridLabel';
import type { MapBase } from '../../../shared/views';
import type { WallGridStatus, WallMarker } from '../../../shared/wall';
import type { MarkerKind } from './wallPalette';

export function markerKind(m: WallMarker, now: number): MarkerKind {
  // Overdue as the dispatch desk counts it: an open case past its due time.
  if (m.dueAt !== null && m.dueAt < now) return 'overdue';
  if (m.supervised) return 'supervised';
  if (m.status === 'reported' || m.status === 'registered') return 'waiting';
  return 'inProgress';
}

const point = (lng: number, lat: number): Point => ({ type: 'Point', coordinates: [lng, lat] });

export function markerCollection(markers: Iterable<WallMarker>, now: number): FeatureCollection<Point, { id: number; kind: MarkerKind }> {
  const features: Feature<Point, { id: number; kind: MarkerKind }>[] = [];
  for (const m of markers) features.push({ type: 'Feature', id: m.caseId, geometry: point(m.lng, m.lat), properties: { id: m.caseId, kind: markerKind(m, now) } });
  return { type: 'FeatureCollection', features };
}

export function pulseCollection(markers: ReadonlyMap<number, WallMarker>, pulsing: ReadonlyMap<number, number>): FeatureCollection<Point, { id: number }> {
  const features: Feature<Point, { id: number }>[] = [];
  for (const id of pulsing.keys()) {
    const m = markers.get(id);
    if (m) features.push({ type: 'Feature', id, geometry: point(m.lng, m.lat), properties: { id } });
  }
  return { type: 'FeatureCollection', features };
}

export function gridLabelCollection(base: MapBase, states: readonly WallGridStatus[]): FeatureCollection<Point, { id: number; communityId: number; label: string; alert: boolean }> {
  const byId = new Map(states.map((s) => [s.gridId, s]));
  return {
    type: 'FeatureCollection',
    features: base.gridLabels.features.map((f) => ({
      type: 'Feature' as const,
      id: f.properties.id,
      geometry: f.geometry,
      properties: { id: f.properties.id, communityId: f.properties.communityId, label: gridLabel(f.properties), alert: byId.get(f.properties.id)?.state === 'overdue' },
    })),
  };
}
