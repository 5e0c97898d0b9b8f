// Migration 0008: what the wall reads on every snapshot, kept so it reads a few rows.
//
// case_scope_day_count: the kept per-day counts of 0007 (case_day_count) summed per
// China-time day and large category (大类), for the whole street (community_id 0) and
// per community. A 30-day street figure reads ~12 rows a day here against ~1,000 grid ×
// subcategory rows a day at scale 4. It holds no definition of its own: triggers on
// case_day_count add every change of a kept row to its street and community rows (so it
// changes in the same transaction as the case), and triggers on grid and case_category
// move a grid's rows when the grid changes community (grid edits, their undo) or a
// subcategory's when it changes parent. Invariant, checked by
// test/unit/aggregates.property.test.ts: community c's rows are the sums of the
// case_day_count rows whose grid is in c now; the street's are the sums of all of them.
//
// change_stamp: a value that changes (to a new random number) in the same transaction as
// any change to what the wall's Party figures read (organisations, members, tenants,
// buildings and grids, as they place tenants in communities), so the wall can keep those
// figures between snapshots and recompute them only after such a change. Random rather
// than a counter: a rolled-back change must not leave a stamp a later change can repeat.
//
// The SQL is frozen with the migration.

const COLUMNS = ['reported', 'closed', 'assessed', 'on_time', 'evaluated', 'satisfied', 'stars'] as const;
const KEY = 'community_id, day, category_id';

/** Upsert rows (community_id, day, category_id, counts…) produced by `select` (which ends in its WHERE/GROUP BY). */
function upsert(select: string): string {
  return `INSERT INTO case_scope_day_count (${KEY}, ${COLUMNS.join(', ')})
    ${select}
    ON CONFLICT (${KEY}) DO UPDATE SET ${COLUMNS.map((k) => `${k} = ${k} + excluded.${k}`).join(', ')};`;
}

/** The large category of subcategory `id` (itself when it has no parent or is gone). */
const large = (id: string) => `COALESCE((SELECT parent_id FROM case_category WHERE id = ${id}), ${id})`;

/** Adds `sign` × the kept row `r` (NEW or OLD) to the street's row and to its grid's community's row. */
function addKeptRow(r: 'NEW' | 'OLD', sign: 1 | -1): string {
  return upsert(`SELECT s.id, ${r}.day, ${large(`${r}.category_id`)}, ${COLUMNS.map((k) => `${sign} * ${r}.${k}`).join(', ')}
      FROM (SELECT 0 AS id UNION ALL SELECT community_id FROM grid WHERE id = ${r}.grid_id) s WHERE true`);
}

/** Adds NEW − OLD of a kept row whose key did not change (what 0007's upserts do). */
const addKeptDelta = upsert(`SELECT s.id, NEW.day, ${large('NEW.category_id')}, ${COLUMNS.map((k) => `NEW.${k} - OLD.${k}`).join(', ')}
      FROM (SELECT 0 AS id UNION ALL SELECT community_id FROM grid WHERE id = NEW.grid_id) s WHERE true`);

/** Adds `sign` × every kept row of grid `gridId` to community `communityId`'s rows. */
function moveGrid(gridId: string, communityId: string, sign: 1 | -1): string {
  return upsert(`SELECT ${communityId}, x.day, COALESCE(cat.parent_id, x.category_id), ${COLUMNS.map((k) => `${sign} * sum(x.${k})`).join(', ')}
      FROM case_day_count x LEFT JOIN case_category cat ON cat.id = x.category_id
     WHERE x.grid_id = ${gridId}
     GROUP BY x.day, 3`);
}

/** Moves every kept row of subcategory NEW.id from its old large category to its new one, in the street and its community. */
function moveCategory(sign: 1 | -1): string {
  const r = sign === 1 ? 'NEW' : 'OLD';
  return upsert(`SELECT s.id, x.day, COALESCE(${r}.parent_id, ${r}.id), ${COLUMNS.map((k) => `${sign} * sum(x.${k})`).join(', ')}
      FROM case_day_count x JOIN (SELECT 0 AS id, NULL AS grid_id UNION ALL SELECT community_id, id FROM grid) s ON s.grid_id IS NULL OR s.grid_id = x.grid_id
     WHERE x.category_id = NEW.id
     GROUP BY s.id, x.day`);
}

const PARTY_STAMP = `UPDATE change_stamp SET stamp = random() WHERE topic = 'party';`;

/** Tables (and the columns of them that matter, or every change) whose changes move the wall's Party figures. */
const PARTY_SOURCES: readonly { table: string; columns?: string }[] = [
  { table: 'party_org' },
  { table: 'party_member' },
  { table: 'tenant' },
  { table: 'building', columns: 'grid_id' },
  { table: 'grid', columns: 'community_id' },
];

function partyStampTriggers(): string {
  return PARTY_SOURCES.flatMap(({ table, columns }) =>
    (['INSERT', 'DELETE', 'UPDATE'] as const).map(
      (op) => `CREATE TRIGGER change_stamp_party_${table}_${op.toLowerCase()} AFTER ${op}${op === 'UPDATE' && columns ? ` OF ${columns}` : ''} ON ${table} BEGIN ${PARTY_STAMP} END;`,
    ),
  ).join('\n');
}

export default /* sql */ `
CREATE TABLE case_scope_day_count (
  community_id INTEGER NOT NULL,
  day          INTEGER NOT NULL,
  category_id  INTEGER NOT NULL,
  ${COLUMNS.map((k) => `${k} INTEGER NOT NULL DEFAULT 0`).join(',\n  ')},
  PRIMARY KEY (${KEY})
) WITHOUT ROWID;

-- A grid's kept rows, for moving them when the grid changes community.
CREATE INDEX case_day_count_grid ON case_day_count(grid_id);

${upsert(`SELECT 0, x.day, COALESCE(cat.parent_id, x.category_id), ${COLUMNS.map((k) => `sum(x.${k})`).join(', ')}
      FROM case_day_count x LEFT JOIN case_category cat ON cat.id = x.category_id WHERE true GROUP BY 2, 3`)}
${upsert(`SELECT g.community_id, x.day, COALESCE(cat.parent_id, x.category_id), ${COLUMNS.map((k) => `sum(x.${k})`).join(', ')}
      FROM case_day_count x JOIN grid g ON g.id = x.grid_id LEFT JOIN case_category cat ON cat.id = x.category_id WHERE true GROUP BY 1, 2, 3`)}

CREATE TRIGGER case_scope_day_count_insert AFTER INSERT ON case_day_count BEGIN
  ${addKeptRow('NEW', 1)}
END;

CREATE TRIGGER case_scope_day_count_delete AFTER DELETE ON case_day_count BEGIN
  ${addKeptRow('OLD', -1)}
END;

CREATE TRIGGER case_scope_day_count_update AFTER UPDATE ON case_day_count
  WHEN OLD.day = NEW.day AND OLD.grid_id = NEW.grid_id AND OLD.category_id = NEW.category_id
BEGIN
  ${addKeptDelta}
END;

CREATE TRIGGER case_scope_day_count_rekey AFTER UPDATE ON case_day_count
  WHEN OLD.day <> NEW.day OR OLD.grid_id <> NEW.grid_id OR OLD.category_id <> NEW.category_id
BEGIN
  ${addKeptRow('OLD', -1)}
  ${addKeptRow('NEW', 1)}
END;

CREATE TRIGGER case_scope_day_count_grid_community AFTER UPDATE OF community_id ON grid
  WHEN OLD.community_id IS NOT NEW.community_id
BEGIN
  ${moveGrid('OLD.id', 'OLD.community_id', -1)}
  ${moveGrid('NEW.id', 'NEW.community_id', 1)}
END;

CREATE TRIGGER case_scope_day_count_grid_delete AFTER DELETE ON grid BEGIN
  ${moveGrid('OLD.id', 'OLD.community_id', -1)}
END;

CREATE TRIGGER case_scope_day_count_grid_insert AFTER INSERT ON grid BEGIN
  ${moveGrid('NEW.id', 'NEW.community_id', 1)}
END;

CREATE TRIGGER case_scope_day_count_category AFTER UPDATE OF parent_id ON case_category
  WHEN OLD.parent_id IS NOT NEW.parent_id
BEGIN
  ${moveCategory(-1)}
  ${moveCategory(1)}
END;

CREATE TABLE change_stamp (topic TEXT PRIMARY KEY, stamp INTEGER NOT NULL) WITHOUT ROWID;
INSERT INTO change_stamp (topic, stamp) VALUES ('party', random());
${partyStampTriggers()}
`;
