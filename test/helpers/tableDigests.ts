// A digest of every table of a street's database (the schema included), for "the database
// is as it was": equal digests mean every row of every table is the same. Unlike the file's
// bytes, they can be taken while the core holds the street open, and after a crash whose
// write-ahead log SQLite has discarded on reopening.
import { createHash } from 'node:crypto';
import type { Db } from '../../src/main/core/db/database';

export function tableDigests(db: Db): Record<string, string> {
  const out: Record<string, string> = {};
  const schema = db.prepare("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_autoindex%' ORDER BY type, name").all() as { type: string; name: string; sql: string | null }[];
  out['(schema)'] = createHash('sha256').update(JSON.stringify(schema)).digest('hex');
  for (const { name, sql } of schema.filter((s) => s.type === 'table' && !s.name.startsWith('sqlite_stat'))) {
    const hash = createHash('sha256');
    const withoutRowid = /WITHOUT\s+ROWID/i.test(sql ?? '');
    const quoted = `"${name.replaceAll('"', '""')}"`;
    // Rows in a fixed order: by rowid, or by every column for a table without one.
    const order = withoutRowid ? (db.prepare(`SELECT count(*) FROM pragma_table_info(?)`).pluck().get(name) as number) : 0;
    const query = withoutRowid ? `SELECT * FROM ${quoted} ORDER BY ${Array.from({ length: order }, (_, i) => i + 1).join(', ')}` : `SELECT rowid AS "(rowid)", * FROM ${quoted} ORDER BY rowid`;
    for (const row of db.prepare(query).raw().iterate() as IterableIterator<unknown[]>) {
      hash.update(JSON.stringify(row, (_, v: unknown) => (typeof v === 'bigint' ? v.toString() : v)));
      hash.update('\n');
    }
    out[name] = hash.digest('hex');
  }
  return out;
}
