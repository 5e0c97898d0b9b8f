// Prepared statements kept per open database: a search runs a dozen small queries, and
// preparing each one anew would cost more than running it on an index.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import type { Db } from '../db/database';

const cache = new WeakMap<Db, Map<string, Statement>>();

export function prepared(db: Db, sql: string): Statement {
  let bySql = cache.get(db);
  if (!bySql) cache.set(db, (bySql = new Map()));
  let stmt = bySql.get(sql);
  if (!stmt) bySql.set(sql, (stmt = db.prepare(sql)));
  return stmt;
}
