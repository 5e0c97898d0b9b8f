// Probe: 1,000,000 door-card events through ingestText on one thread (no worker, no server),
// on a demo street of the given scale, then three full rule evaluations: for profiling the
// ingestion with `node --cpu-prof` (the bench's own figure comes from `npm run bench`). Usage:
//   npx tsx bench/probe/deviceIngest.ts [--scale 0.25] [--events 1000000]
import { parseArgs } from 'node:util';
import { createDemoStreet } from '../../src/main/core/bootstrap';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { DEMO_USERS } from '../../src/main/core/users';
import { addDevice, addSource } from '../../src/main/core/devices/deviceRegister';
import { ingestText } from '../../src/main/core/devices/ingest';
import { evaluateAll } from '../../src/main/core/alerts/evaluate';
import type { UserView } from '../../src/shared/views';
import { tempDir } from '../../test/helpers/tempDir';
import { FAST_SCRYPT } from '../../test/helpers/testStreet';

const { values } = parseArgs({ options: { scale: { type: 'string', default: '0.25' }, events: { type: 'string', default: '1000000' } } });
const EVENTS = Number(values.events);
const FLATS = 4_000;
const work = tempDir('streetops-probe-devices-');
try {
  const now = Date.now();
  const t = performance.now();
  await createDemoStreet({ dataDir: work.path, scale: Number(values.scale), seed: 2026, anchor: now, users: DEMO_USERS, scrypt: FAST_SCRYPT });
  console.error(`street ${Math.round(performance.now() - t)} ms`);
  const paths = dataPaths(work.path);
  const db = openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'), { cacheKiB: 32 * 1024 });
  const admin = db.prepare("SELECT id, username, role FROM app_user WHERE role = 'admin' LIMIT 1").get() as Pick<UserView, 'id' | 'username' | 'role'> as UserView;
  const households = db.prepare('SELECT id FROM household WHERE id NOT IN (SELECT household_id FROM device WHERE household_id IS NOT NULL) ORDER BY id LIMIT ?').pluck().all(FLATS) as number[];
  const source = addSource(db, '压测门禁平台', admin, now);
  for (const [i, householdId] of households.entries()) addDevice(db, { code: `BENCH-${i}`, kind: 'door_reader', sourceId: source.source.id, householdId }, admin, now);
  const lines = ['device_code,time,kind,card'];
  const span = 30 * 86_400_000;
  for (let i = 0; i < EVENTS; i++) {
    const flat = i % households.length;
    const at = now - span + Math.floor((i / EVENTS) * span);
    lines.push(`BENCH-${flat},${new Date(at).toISOString()},card_swipe,K${flat}-${i % 5}`);
  }
  const text = lines.join('\n');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const { result } = ingestText(db, { channel: 'folder', sourceId: null, name: 'bench-1m.csv', format: 'csv', text }, now);
  const ingestMs = Math.round(performance.now() - started);
  // CPU time too: on a shared machine the wall clock says as much about the neighbours.
  const used = process.cpuUsage(cpu);
  const ingestCpuMs = Math.round((used.user + used.system) / 1000);
  if (!result.ok || result.accepted !== EVENTS) throw new Error(`not taken whole: ${JSON.stringify(result).slice(0, 300)}`);
  const evals: number[] = [];
  for (let i = 0; i < 3; i++) {
    const s = performance.now();
    evaluateAll(db, now);
    evals.push(Math.round(performance.now() - s));
  }
  db.close();
  console.log(JSON.stringify({ scale: Number(values.scale), flats: households.length, events: EVENTS, ingestMs, ingestCpuMs, coreMs: result.ms, alertsRaised: result.alertsRaised, fullEvaluationMs: evals }));
} finally {
  work.remove();
}
