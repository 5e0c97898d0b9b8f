// `npm run demo -- --scale N --seed S --out PATH`: generate an encrypted demo street into
// PATH (a data directory: streetops.db + keyring.json), as a first start would.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createDemoStreet } from '../src/main/core/bootstrap';
import { DEMO_USERS } from '../src/main/core/users';

const { values } = parseArgs({
  options: {
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '2026' },
    out: { type: 'string' },
    anchor: { type: 'string' },
  },
});

function fail(message: string): never {
  process.stderr.write(`streetops demo: ${message}\n`);
  process.exit(2);
}

const scale = Number(values.scale);
const seed = Number(values.seed);
if (!(scale > 0 && scale <= 10)) fail(`--scale must be in (0, 10] (10: a district of about 2 million residents), got "${values.scale}"`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, got "${values.seed}"`);
if (!values.out) fail('--out PATH is required (a new data directory)');
const anchor = values.anchor ? Date.parse(values.anchor) : Date.now();
if (Number.isNaN(anchor)) fail(`--anchor must be an ISO date-time, got "${values.anchor}"`);

const out = resolve(values.out);
let last = -1;
const report = await createDemoStreet({
  dataDir: out,
  scale,
  seed,
  anchor,
  users: DEMO_USERS,
  onProgress: (fraction, stage) => {
    const pct = Math.floor(fraction * 100);
    if (pct >= last + 10) {
      last = pct;
      process.stderr.write(`  ${pct}% ${stage}\n`);
    }
  },
}).catch((err: unknown) => fail(err instanceof Error ? err.message : String(err)));
process.stdout.write(`${JSON.stringify({ out, scale, seed, anchor: new Date(anchor).toISOString(), ms: report.ms, counts: report.counts }, null, 2)}\n`);
process.stdout.write(`demo accounts: ${DEMO_USERS.map((u) => `${u.username} / ${u.password}`).join(', ')}\n`);
