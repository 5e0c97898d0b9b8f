// Vitest global setup: the scale-0.05 demo street that `demoStreetCopy()` hands out copies of
// is generated once for the whole run (about 4 s), not once per test file; it is the same
// street every time (fixed seed and anchor), so sharing it changes no test's data.
import type { TestProject } from 'vitest/node';
import { createDemoStreet } from '../../src/main/core/bootstrap';
import { DEMO_USERS } from '../../src/main/core/users';
import { DEMO_TEMPLATE, FAST_SCRYPT, TEST_ANCHOR } from '../helpers/testStreet';
import { tempDir } from '../helpers/tempDir';

export default async function setup(project: TestProject): Promise<() => void> {
  const t = tempDir('streetops-template-');
  await createDemoStreet({ dataDir: t.path, ...DEMO_TEMPLATE, anchor: TEST_ANCHOR, users: DEMO_USERS, scrypt: FAST_SCRYPT });
  project.provide('demoTemplate', t.path);
  const built = project.config.env.STREETOPS_CORE_WORKER;
  console.info(`core worker threads: ${built ? `built bundle ${built}` : 'from source (no build newer than src/main and src/shared)'}`);
  return () => t.remove();
}

declare module 'vitest' {
  export interface ProvidedContext {
    demoTemplate: string;
  }
}
