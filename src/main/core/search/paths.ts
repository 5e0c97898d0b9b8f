// A kind's hits come from several index paths in a fixed order (exact name, then prefix,
// then given name, ...); each path excludes what an earlier one found, so a page is a run
// of each path's own index order with LIMIT/OFFSET inside its query, and the total is the
// sum of the paths' counts, each counted only up to the cap (a count of 71,593 王… would
// cost a scan; "more than 1000" tells the desk to type more).
import type { Db } from '../db/database';
import { prepared } from './statements';

/** Counts stop here: beyond it the answer is "more than SEARCH_COUNT_CAP". */
export const SEARCH_COUNT_CAP = 1000;

export interface Path {
  /** The path's rows in order; must end with `LIMIT @take OFFSET @skip`. */
  rows: string;
  /** The path's matches, one column (used for counting). */
  ids: string;
}

export type Params = Record<string, string | number | null>;

export interface PathPage<R> {
  rows: R[];
  /** Matches counted, at most SEARCH_COUNT_CAP. */
  total: number;
  /** True when there are more matches than `total`. */
  more: boolean;
}

export function runPaths<R>(db: Db, paths: readonly Path[], params: Params, offset: number, take: number): PathPage<R> {
  const rows: R[] = [];
  let seen = 0;
  for (const path of paths) {
    const room = SEARCH_COUNT_CAP + 1 - seen;
    const n = (prepared(db, `SELECT count(*) AS n FROM (${path.ids} LIMIT ${room})`).get(params) as { n: number }).n;
    const want = take - rows.length;
    if (n > 0 && want > 0 && offset < seen + n) {
      const skip = Math.max(0, offset - seen);
      rows.push(...(prepared(db, path.rows).all({ ...params, take: want, skip }) as R[]));
    }
    seen += n;
    if (seen > SEARCH_COUNT_CAP) return { rows, total: SEARCH_COUNT_CAP, more: true };
  }
  return { rows, total: seen, more: false };
}
