import type { StreetSummary } from '../../../shared/views';
import type { Db } from '../db/database';
import { boxOf, parsePolygon } from './geo';
import { OPEN_STATUS_SQL } from './openCases';

interface StreetRow {
  code: string;
  name: string;
  district: string;
  city: string;
  boundary: string;
  center_lng: number;
  center_lat: number;
  area_km2: number;
}

export function streetSummary(db: Db, now: number): StreetSummary {
  const street = db.prepare('SELECT code, name, district, city, boundary, center_lng, center_lat, area_km2 FROM street LIMIT 1').get() as StreetRow | undefined;
  if (!street) throw new Error('the database holds no street');
  const count = (sql: string, ...params: unknown[]) => (db.prepare(sql).pluck().get(...params) as number | null) ?? 0;
  return {
    code: street.code,
    name: street.name,
    district: street.district,
    city: street.city,
    areaKm2: street.area_km2,
    center: [street.center_lng, street.center_lat],
    bbox: boxOf(parsePolygon(street.boundary)),
    communities: count('SELECT count(*) FROM community'),
    grids: count('SELECT count(*) FROM grid'),
    buildings: count('SELECT count(*) FROM building'),
    households: count('SELECT count(*) FROM household'),
    residents: count('SELECT count(*) FROM resident'),
    tenants: count('SELECT count(*) FROM tenant'),
    partyOrgs: count('SELECT count(*) FROM party_org'),
    partyMembers: count('SELECT count(*) FROM party_member'),
    openCases: count(`SELECT count(*) FROM case_file WHERE status IN ${OPEN_STATUS_SQL}`),
    overdueCases: count(`SELECT count(*) FROM case_file WHERE status IN ${OPEN_STATUS_SQL} AND due_at < ?`, now),
  };
}
