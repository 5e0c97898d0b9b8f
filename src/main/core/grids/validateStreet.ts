// The whole-street check ("到底到边"), on demand: every rule over every grid and building.
import type { StreetValidation } from '../../../shared/gridEdit';
import type { Db } from '../db/database';
import { validateGrids, type ValidateInput } from './geometry';
import { cachedValidationInput } from './validationInputCache';
import { readValidationInput } from './validationInput';

export function validateStreet(db: Db, now: number, clock: () => number = () => performance.now()): StreetValidation {
  const started = clock();
  const input = cachedValidationInput(db);
  const problems = validateGrids(input);
  return { problems, grids: input.grids.length, checkedAt: now, ms: Math.round(clock() - started) };
}

/** The saved street as the rules see it, read afresh (separate so a test can run the exact rules on the same input). */
export function streetValidationInput(db: Db): ValidateInput {
  return readValidationInput(db);
}
