// The briefing's scope (the street, or one community) as a view for the deck and as SQL
// over a case's grid, so every part of the deck selects the same cases.
import { area } from '@turf/turf';
import type { BriefingScope, BriefingScopeView } from '../../../shared/briefing';
import type { IndicatorScope } from '../../../shared/indicators';
import type { Db } from '../db/database';
import { boxOf, parsePolygon } from '../services/geo';
import { notFound } from '../services/refs';

export interface ScopeSql {
  view: BriefingScopeView;
  /** A condition over `g` (the case's grid); binds @scopeId. */
  gridWhere: string;
  params: { scopeId?: number };
  indicators: IndicatorScope;
}

export function resolveScope(db: Db, scope: BriefingScope): ScopeSql {
  if (scope.kind === 'street') {
    const s = db.prepare('SELECT name, boundary, area_km2 FROM street LIMIT 1').get() as { name: string; boundary: string; area_km2: number } | undefined;
    if (!s) throw new Error('the database holds no street');
    return {
      view: { kind: 'street', id: null, name: s.name, bbox: boxOf(parsePolygon(s.boundary)), areaKm2: s.area_km2 },
      gridWhere: '1',
      params: {},
      indicators: { kind: 'street' },
    };
  }
  const c = db.prepare('SELECT id, name, boundary FROM community WHERE id = ?').get(scope.id) as { id: number; name: string; boundary: string } | undefined;
  if (!c) throw notFound('community', scope.id);
  const polygon = parsePolygon(c.boundary);
  return {
    view: { kind: 'community', id: c.id, name: c.name, bbox: boxOf(polygon), areaKm2: area(polygon) / 1e6 },
    gridWhere: 'g.community_id = @scopeId',
    params: { scopeId: c.id },
    indicators: { kind: 'community', id: c.id },
  };
}
