// A real, small encrypted demo street in a temp dir, made by the same code as a first start.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoStreet } from '../../src/main/core/bootstrap';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { DEMO_USERS } from '../../src/main/core/users';
import { tempDir } from './tempDir';

/** Fixed "now" for tests: 2026-11-20 10:00 China time. */
export const TEST_ANCHOR = Date.UTC(2026, 10, 20, 2, 0, 0);
/** Fast KDF for fixtures only; the keyring tests use the real parameters. */
export const FAST_SCRYPT = { N: 2 ** 10, r: 8, p: 1 };

let template: string | null = null;

/** Generates one scale-0.05 street per test process, then hands each caller its own copy. */
export async function demoStreetCopy(): Promise<{ dir: string; remove(): void }> {
  if (!template) {
    const t = tempDir('streetops-template-');
    // One template per test process, removed when the process ends (tests remove their copies).
    process.once('exit', t.remove);
    await createDemoStreet({ dataDir: t.path, scale: 0.05, seed: 7, anchor: TEST_ANCHOR, users: DEMO_USERS, scrypt: FAST_SCRYPT });
    template = t.path;
  }
  const copy = tempDir();
  cpSync(template, copy.path, { recursive: true });
  return { dir: join(copy.path), remove: copy.remove };
}

/** A read-only handle on a street's database, opened as the admin would unlock it: for checking what the core wrote. */
export async function openStreetReadonly(dir: string): Promise<Db> {
  const paths = dataPaths(dir);
  return openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'), { readonly: true });
}
