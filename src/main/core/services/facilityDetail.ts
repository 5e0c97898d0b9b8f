import type { FacilityKind } from '../../../shared/domain';
import type { FacilityDetail, UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { requireInScope } from '../access/communityScope';
import { gridRef, notFound } from './refs';

export function facilityDetail(db: Db, id: number, user: Pick<UserView, 'communityId'>): FacilityDetail {
  requireInScope(db, user, 'facility', id);
  const f = db.prepare('SELECT id, kind, name, grid_id, address, open_hours, lng, lat FROM facility WHERE id = ?').get(id) as
    | { id: number; kind: FacilityKind; name: string; grid_id: number; address: string; open_hours: string; lng: number; lat: number }
    | undefined;
  if (!f) throw notFound('facility', id);
  return { kind: 'facility', id: f.id, name: f.name, facilityKind: f.kind, address: f.address, openHours: f.open_hours, center: [f.lng, f.lat], grid: gridRef(db, f.grid_id) };
}
