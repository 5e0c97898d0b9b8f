// Migration 0012: a 'geometry' change stamp (the change_stamp table of 0008) that moves in
// the same transaction as any change to what whole-street grid validation reads: the
// street's boundary, grids (shape, code), building footprints and the grid each building
// is in, and which building each household lives in (the per-grid household counts). A
// worker keeps the street parsed with the stamp it read it at and re-reads only after
// the stamp moves (grids/validationInputCache.ts): parsing ~3,000 footprints and counting
// ~80,000 households was most of a validation's cost. Random, as 0008's: a rolled-back
// change must not leave a value a later change can repeat.
//
// The SQL is frozen with the migration.

const STAMP = `UPDATE change_stamp SET stamp = random() WHERE topic = 'geometry';`;

/** Tables and the columns of them validation reads (every column when absent). */
const SOURCES: readonly { table: string; columns?: string }[] = [
  { table: 'street', columns: 'boundary' },
  { table: 'grid' },
  { table: 'building', columns: 'footprint, center_lng, center_lat, grid_id' },
  { table: 'household', columns: 'building_id' },
];

function stampTriggers(): string {
  return SOURCES.flatMap(({ table, columns }) =>
    (['INSERT', 'DELETE', 'UPDATE'] as const).map(
      (op) => `CREATE TRIGGER change_stamp_geometry_${table}_${op.toLowerCase()} AFTER ${op}${op === 'UPDATE' && columns ? ` OF ${columns}` : ''} ON ${table} BEGIN ${STAMP} END;`,
    ),
  ).join('\n');
}

export default /* sql */ `
INSERT INTO change_stamp (topic, stamp) VALUES ('geometry', random());
${stampTriggers()}
`;
