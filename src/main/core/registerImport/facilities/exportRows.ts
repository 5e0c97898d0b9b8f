// The facilities register as the export writes it: every facility standing in a community or
// one of its grids, in the columns the import reads back (a facility holds no personal data:
// every role that may export sees it whole). Coordinates as stored, WGS-84 decimal degrees.
import type { Db } from '../../db/database';
import type { ExportRow, ExportScope } from '../registerKind';
import { FACILITY_KIND_WORDS, type FacilityImportField } from './columns';
import type { FacilityKind } from '../../../../shared/domain';

export function* exportFacilities(db: Db, scope: ExportScope): Iterable<ExportRow<FacilityImportField>> {
  const rows = db
    .prepare(
      `SELECT f.name, f.kind, c.name AS community_name, f.address, f.lng, f.lat, f.open_hours
         FROM facility f JOIN grid g ON g.id = f.grid_id JOIN community c ON c.id = g.community_id
        WHERE g.community_id = ? AND (? IS NULL OR g.id = ?) ORDER BY f.kind, f.id`,
    )
    .iterate(scope.communityId, scope.gridId, scope.gridId) as IterableIterator<{ name: string; kind: FacilityKind; community_name: string; address: string; lng: number; lat: number; open_hours: string }>;
  for (const f of rows) {
    yield { name: f.name, kind: FACILITY_KIND_WORDS[f.kind][0]!, community: f.community_name, address: f.address, lng: f.lng, lat: f.lat, openHours: f.open_hours };
  }
}

export function countFacilities(db: Db, scope: ExportScope): number {
  return db.prepare('SELECT count(*) FROM facility f JOIN grid g ON g.id = f.grid_id WHERE g.community_id = ? AND (? IS NULL OR g.id = ?)').pluck().get(scope.communityId, scope.gridId, scope.gridId) as number;
}
