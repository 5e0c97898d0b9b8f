// A real, small encrypted demo street in a temp dir, made by the same code as a first start.
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { createDemoStreet } from '../../src/main/core/bootstrap';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { DEMO_USERS } from '../../src/main/core/users';
import { inject } from 'vitest';
import { tempDir } from './tempDir';

import { DEMO_TEMPLATE, FAST_SCRYPT, TEST_ANCHOR } from './testStreet';

export { FAST_SCRYPT, TEST_ANCHOR } from './testStreet';

let template: string | null = null;

/**
 * Hands each caller its own copy of the scale-0.05 street. Under vitest the street comes from
 * the global setup (test/setup/demoTemplate.ts, once per run); elsewhere, or if the setup did
 * not run, it is generated once per process and removed when the process exits.
 */
export async function demoStreetCopy(): Promise<{ dir: string; remove(): void }> {
  if (!template) {
    const shared = providedTemplate();
    if (shared) template = shared;
    else {
      const t = tempDir('streetops-template-');
      process.once('exit', t.remove);
      await createDemoStreet({ dataDir: t.path, ...DEMO_TEMPLATE, anchor: TEST_ANCHOR, users: DEMO_USERS, scrypt: FAST_SCRYPT });
      template = t.path;
    }
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

function providedTemplate(): string | undefined {
  try {
    return inject('demoTemplate');
  } catch {
    // Not inside a vitest worker (a child process or a script): no shared street.
    return undefined;
  }
}
