// From the wall's model to the GeoJSON its map layers draw: case markers with the colour
// they need now, pulsing new cases, and short grid labels carrying the grid's state.
import type { Feature, FeatureCollection, Point } from 'geojson';
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

/** '杨家坪社区第01网格' in 杨家坪社区 → '第01网格': the community's name is on the map already. */
export function shortGridLabel(name: string, communityName: string): string {
  const short = name.startsWith(communityName) ? name.slice(communityName.length) : name;
  return short || name;
}

export function gridLabelCollection(base: MapBase, states: readonly WallGridStatus[]): FeatureCollection<Point, { id: number; communityId: number; label: string; alert: boolean }> {
  const byId = new Map(states.map((s) => [s.gridId, s]));
  return {
    type: 'FeatureCollection',
    features: base.gridLabels.features.map((f) => ({
      type: 'Feature' as const,
      id: f.properties.id,
      geometry: f.geometry,
      properties: { id: f.properties.id, communityId: f.properties.communityId, label: shortGridLabel(f.properties.name, f.properties.communityName), alert: byId.get(f.properties.id)?.state === 'overdue' },
    })),
  };
}
