// Demo streets for tests that check what the generator writes over several scales and seeds:
// each generated into an encrypted file of its own before the file's tests, closed and
// removed after them. The array fills in beforeAll, so read it inside tests only.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { type Db, openDatabase } from '../../src/main/core/db/database';
import { migrate } from '../../src/main/core/db/migrate';
import { generateDemoStreet } from '../../src/main/core/demo/generate';

export function generatedStreets(specs: readonly { scale: number; seed: number }[], anchor: number, timeoutMs = 240_000): Db[] {
  const dir = mkdtempSync(join(tmpdir(), 'streetops-generated-'));
  const streets: Db[] = [];
  beforeAll(async () => {
    for (const { scale, seed } of specs) {
      const db = openDatabase(join(dir, `s${scale}-${seed}.db`), randomBytes(32));
      migrate(db);
      await generateDemoStreet(db, { scale, seed, anchor });
      streets.push(db);
    }
  }, timeoutMs);
  afterAll(() => {
    for (const db of streets) if (db.open) db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return streets;
}
