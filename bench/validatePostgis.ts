// `npx tsx bench/validatePostgis.ts [--scale 1] [--seed 2026] [--data DIR]`: whole-street
// grid validation through the API against PostGIS on the same data (bench/lib/validatePostgis.ts).
// PostGIS is optional: without STREETOPS_POSTGIS (a psql connection string) only our figures are given.
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { createDemoStreet } from '../src/main/core/bootstrap';
import { DEMO_USERS } from '../src/main/core/users';
import { tempDir } from '../test/helpers/tempDir';
import { benchValidationVsPostgis } from './lib/validatePostgis';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '2026' }, data: { type: 'string' } } });
const street = tempDir('streetops-validate-street-');
try {
  if (!values.data) await createDemoStreet({ dataDir: street.path, scale: Number(values.scale), seed: Number(values.seed), anchor: Date.now(), users: DEMO_USERS });
  const figures = await benchValidationVsPostgis(values.data ? resolve(values.data) : street.path);
  process.stdout.write(`${JSON.stringify({ scale: Number(values.scale), seed: Number(values.seed), ...figures }, null, 2)}\n`);
} finally {
  street.remove();
}
