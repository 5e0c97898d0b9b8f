// Small numbers on shared screens (the wall, briefings): a figure about vulnerable residents
// for a building or grid cell with fewer than k people is not shown, so nobody in the room
// can point at "the one disabled resident of building 3". When a total is shown beside the
// cells and exactly one cell is hidden, its value would follow by subtraction, so the next
// smallest cell is hidden too (complementary suppression). k is an office setting (default 5).
import { SMALL_NUMBER_K_DEFAULT, SMALL_NUMBER_K_MAX, SMALL_NUMBER_K_MIN } from '../../../shared/care';
import type { Db } from '../db/database';

const SETTING_KEY = 'privacy.smallNumberK';

export function smallNumberK(db: Db): number {
  const row = db.prepare('SELECT value FROM setting WHERE key = ?').get(SETTING_KEY) as { value: string } | undefined;
  const k = row ? Number(JSON.parse(row.value)) : SMALL_NUMBER_K_DEFAULT;
  return Number.isInteger(k) && k >= SMALL_NUMBER_K_MIN && k <= SMALL_NUMBER_K_MAX ? k : SMALL_NUMBER_K_DEFAULT;
}

/** The caller validates k and writes the audit entry in the same transaction. */
export function putSmallNumberK(db: Db, k: number, userId: number | null, now: number): void {
  db.prepare(
    'INSERT INTO setting (key, value, updated_at, updated_by) VALUES (?, ?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by',
  ).run(SETTING_KEY, JSON.stringify(k), now, userId);
}

export interface SmallCell<K> {
  key: K;
  count: number;
}

export interface SuppressedCell<K> {
  key: K;
  /** null: hidden (fewer than k, or hidden so a hidden cell cannot be worked out from the total). */
  count: number | null;
}

export interface Suppressed<K> {
  cells: SuppressedCell<K>[];
  /** The total of all cells; null when it is itself a small number. */
  total: number | null;
  hidden: number;
}

/**
 * Hides every non-zero cell below k; zero cells stay (an empty building says nothing about a
 * person). With `withTotal`, a lone hidden cell takes the next smallest shown cell with it.
 */
export function suppressSmall<K>(cells: readonly SmallCell<K>[], k: number, withTotal = true): Suppressed<K> {
  const hide = new Set<number>();
  cells.forEach((c, i) => {
    if (c.count > 0 && c.count < k) hide.add(i);
  });
  if (withTotal && hide.size === 1) {
    let next = -1;
    cells.forEach((c, i) => {
      if (hide.has(i) || c.count === 0) return;
      if (next === -1 || c.count < cells[next]!.count) next = i;
    });
    if (next !== -1) hide.add(next);
  }
  const total = cells.reduce((s, c) => s + c.count, 0);
  return {
    cells: cells.map((c, i) => ({ key: c.key, count: hide.has(i) ? null : c.count })),
    // A street-wide total under k would itself point at few people.
    total: shownCount(total, k),
    hidden: hide.size,
  };
}

/** A single figure for a shared screen: null when it counts fewer than k (and more than none). */
export function shownCount(count: number, k: number): number | null {
  return count > 0 && count < k ? null : count;
}
