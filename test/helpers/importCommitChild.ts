// A process that imports a community's register into a street through the core, as a shell
// does (startCore, an administrator's session, preview, then commit in the core's worker),
// for a test to kill with SIGKILL half-way. It prints one JSON line per step on stdout:
// {"before": digests} just before the commit starts (after the unlock's own writes), then
// {"progress": fraction, "stage": stage} for each of the import job's progress reports,
// then {"done": result} or {"error": message}.
// Run: node --import tsx test/helpers/importCommitChild.ts DATA_DIR COMMUNITY_ID
import { startCore } from '../../src/main/core/index';
import type { ImportPreview } from '../../src/shared/registerImport';
import type { JobProgress } from '../../src/shared/views';
import { openStreetReadonly, TEST_ANCHOR } from './demoStreet';
import { communityRegisterWorkbook } from './streetRegister';
import { tableDigests } from './tableDigests';

const [dataDir, community] = process.argv.slice(2);
if (!dataDir || !community) throw new Error('usage: importCommitChild.ts DATA_DIR COMMUNITY_ID');
const communityId = Number(community);
const say = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);

// The demo street's own clock: at the machine's hour the deadline chase would act on cases the
// street's anchor left in their yellow or red window, and write while the test compares tables.
const core = await startCore({ dataDir, now: () => TEST_ANCHOR });
const unlocked = await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null);
if (!unlocked.ok) throw new Error(unlocked.error.message);
const token = (unlocked.result as { token: string }).token;

// The first 1,200 households, every resident's phone changed and a new resident in every fifth
// household: a commit long enough to be killed in the middle of its writes.
const db = await openStreetReadonly(dataDir);
const book = await communityRegisterWorkbook(db, communityId, { changedPhoneEvery: 1, newResidentEvery: 5, households: 1200 });
const input = { register: 'residents', communityId, file: { name: '居民信息台账.xlsx', base64: book.bytes.toString('base64') } };
const preview = await core.call('register.import.preview', input, token);
if (!preview.ok) throw new Error(preview.error.message);
say({ before: tableDigests(db) });
db.close();

core.subscribe((event) => {
  if (event.name !== 'job.progress') return;
  const p = event.payload as JobProgress;
  if (p.kind === 'import' && p.state === 'running') say({ progress: p.fraction, stage: p.stage });
});
const done = await core.call('register.import.commit', { ...input, digest: (preview.result as ImportPreview).digest }, token);
say(done.ok ? { done: done.result } : { error: done.error.message });
await core.close();
