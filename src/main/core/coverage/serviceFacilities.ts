// The service positions a coverage question is asked about: 党群服务中心, 便民服务站 and
// 志愿服务点 of the chosen kinds, with where they stand.
import type { FacilityKind } from '../../../shared/domain';
import type { Db } from '../db/database';

export interface ServiceFacility {
  id: number;
  kind: FacilityKind;
  name: string;
  lng: number;
  lat: number;
}

export function serviceFacilities(db: Db, kinds: readonly FacilityKind[]): ServiceFacility[] {
  if (kinds.length === 0) return [];
  const marks = kinds.map(() => '?').join(', ');
  return db.prepare(`SELECT id, kind, name, lng, lat FROM facility WHERE kind IN (${marks}) ORDER BY id`).all(...kinds) as ServiceFacility[];
}
