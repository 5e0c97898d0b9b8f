// `npm run serve`: the StreetOps browser shell. Starts the core on a data directory (on an
// empty one the first page offers the demo street or a new street; with --demo the demo is
// generated at once, as tests and demonstrations want), serves the built renderer and the API on
// 127.0.0.1, and prints the address and the demo credentials. It listens before the core
// looks at the data directory, so `serving on` is printed only once the unlock screen can
// answer (with the generation's progress on a first start), and a port in use stops it
// before anything is written.
//
// --anchor fixes "now": the core's clock starts at that instant and runs on in real time,
// so a demo street generated on this start ends at the anchor. For end-to-end runs and
// demonstrations that must not depend on the hour they are started at.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createCore } from '../core/index';
import { DEMO_USERS } from '../core/users';
import { startServer } from './server';

const { values } = parseArgs({
  options: {
    data: { type: 'string' },
    port: { type: 'string', default: '7780' },
    host: { type: 'string', default: '127.0.0.1' },
    scale: { type: 'string', default: '1' },
    seed: { type: 'string', default: '2026' },
    renderer: { type: 'string' },
    anchor: { type: 'string' },
    demo: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`streetops serve: ${message}\n`);
  process.exit(2);
}

const dataDir = resolve(values.data ?? process.env.STREETOPS_DATA ?? join(homedir(), '.streetops', 'data'));
const staticDir = resolve(values.renderer ?? join(process.cwd(), 'out', 'renderer'));
const port = Number(values.port);
const scale = Number(values.scale);
const seed = Number(values.seed);
if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`--port must be a port number, got "${values.port}"`);
if (!(scale > 0 && scale <= 10)) fail(`--scale must be in (0, 10] (10: a district of about 2 million residents), got "${values.scale}"`);
if (!Number.isInteger(seed)) fail(`--seed must be a whole number, got "${values.seed}"`);
const anchor = values.anchor === undefined ? null : Date.parse(values.anchor);
if (anchor !== null && !Number.isFinite(anchor)) fail(`--anchor must be an ISO date-time such as 2026-11-20T10:00:00+08:00, got "${values.anchor}"`);
if (!existsSync(join(staticDir, 'index.html'))) fail(`no built renderer at ${staticDir} (run \`npm run build\` first)`);

const log = (line: string) => process.stdout.write(`[streetops] ${line}\n`);
const startedAt = Date.now();
const now = anchor === null ? undefined : () => anchor + (Date.now() - startedAt);
const core = createCore({ dataDir, demo: { scale, seed }, askFirstStart: !values.demo, log, warmWorkers: true, ...(now ? { now } : {}) });
const server = await startServer({ core, staticDir, host: values.host, port, log }).catch((err: unknown) => {
  const code = (err as { code?: unknown }).code;
  fail(code === 'EADDRINUSE' ? `${values.host}:${port} is already in use (another StreetOps?); choose another --port` : `cannot listen on ${values.host}:${port}: ${err instanceof Error ? err.message : String(err)}`);
});
core.start();
log(`data directory: ${dataDir}`);
if (anchor !== null) log(`clock anchored at ${new Date(anchor).toISOString()}`);
log(`serving on ${server.url}`);
log(`demo accounts: ${DEMO_USERS.map((u) => `${u.username} / ${u.password} (${u.role})`).join(', ')}`);
if (values.host !== '127.0.0.1') log(`WARNING: listening on ${values.host}; anyone on the network can reach the unlock screen`);

const stop = async () => {
  await server.close();
  await core.close();
  process.exit(0);
};
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
