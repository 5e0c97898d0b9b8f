// The saved street as whole-street validation reads it, kept per connection (each core
// worker has its own) with the 'geometry' change stamp it was read at (migration 0012).
// Any change to the street boundary, a grid, a footprint, a building's grid or a
// household's building moves the stamp in the same transaction, so a kept copy is used
// only while nothing it was read from has changed. The stamp is read before the rows: a
// change committed in between leaves rows newer than the stamp, which the next call
// re-reads (never the other way round, which could keep stale rows).
import type { Db } from '../db/database';
import type { ValidateInput } from './geometry';
import { readValidationInput } from './validationInput';

const kept = new WeakMap<Db, { stamp: bigint; input: ValidateInput }>();

export function cachedValidationInput(db: Db): ValidateInput {
  const stamp = db.prepare(`SELECT stamp FROM change_stamp WHERE topic = 'geometry'`).pluck().safeIntegers().get() as bigint;
  const hit = kept.get(db);
  if (hit && hit.stamp === stamp) return hit.input;
  const input = readValidationInput(db);
  kept.set(db, { stamp, input });
  return input;
}
