// The buildings register as the export writes it: a community's (or one grid's) buildings,
// one row per building, in the columns the import reads (BUILDING_EXPORT_FIELDS), so that
// exporting and importing again changes nothing. A building holds no personal data: every
// role that may export sees the same cells.
import type { BuildingUse } from '../../../../shared/domain';
import type { Db } from '../../db/database';
import { wordOf } from '../cellWords';
import type { ExportRow, ExportScope } from '../registerKind';
import { BUILDING_USE_WORDS, LIFT_WORDS, type BuildingImportField } from './columns';

interface Row {
  code: string;
  name: string;
  address: string;
  floors: number;
  use: BuildingUse;
  has_lift: number;
  built_year: number;
}

export function* exportBuildings(db: Db, scope: ExportScope): Iterable<ExportRow<BuildingImportField>> {
  const rows = db
    .prepare(
      `SELECT b.code, b.name, b.address, b.floors, b.use, b.has_lift, b.built_year
         FROM building b JOIN grid g ON g.id = b.grid_id
        WHERE g.community_id = ? AND (? IS NULL OR g.id = ?) ORDER BY b.code`,
    )
    .iterate(scope.communityId, scope.gridId, scope.gridId) as IterableIterator<Row>;
  for (const b of rows) {
    yield {
      code: b.code,
      name: b.name,
      address: b.address,
      floors: b.floors,
      use: wordOf(BUILDING_USE_WORDS, b.use),
      hasLift: wordOf(LIFT_WORDS, b.has_lift === 1 ? 'yes' : 'no'),
      builtYear: b.built_year,
    };
  }
}

/** How many buildings the export writes (its progress bar). */
export function countBuildings(db: Db, scope: ExportScope): number {
  return db
    .prepare('SELECT count(*) FROM building b JOIN grid g ON g.id = b.grid_id WHERE g.community_id = ? AND (? IS NULL OR g.id = ?)')
    .pluck()
    .get(scope.communityId, scope.gridId, scope.gridId) as number;
}
