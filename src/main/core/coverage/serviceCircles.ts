// The circles drawn on the map: one polygon per facility, with the walking model's
// straight-line radius. 64 vertices put the polygon's edges at most about 1 m inside the
// true circle at 800 m (r·(1 − cos(π/64))); who is inside is decided by distance, not by
// this polygon (see householdsOutside.ts).
import { circle } from '@turf/turf';
import type { FeatureCollection, Polygon } from 'geojson';
import type { ServiceCircleProps } from '../../../shared/thematic';
import type { ServiceFacility } from './serviceFacilities';

const CIRCLE_STEPS = 64;

export function serviceCircles(facilities: readonly ServiceFacility[], radiusM: number): FeatureCollection<Polygon, ServiceCircleProps> {
  return {
    type: 'FeatureCollection',
    features: facilities.map((f) => {
      const properties: ServiceCircleProps = { facilityId: f.id, kind: f.kind, name: f.name };
      return { ...circle([f.lng, f.lat], radiusM / 1000, { steps: CIRCLE_STEPS, units: 'kilometers', properties }), id: f.id };
    }),
  };
}
