// `npm run restore -- --backup FILE.db --data DIR [--user admin] [--yes]`: shows what a
// backup holds (street, counts, last change), then restores it into DIR, which must not
// exist or be empty: a restore replaces nothing. The password is read from the terminal
// (or STREETOPS_PASSWORD, for scripts); it must be one that was valid on the backup's day.
import { resolve } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { BackupProblem } from '../src/main/core/backup/backupProblem';
import { inspectBackup, restoreBackup, restoreTargetRefusal } from '../src/main/core/backup/restoreBackup';

const { values } = parseArgs({
  options: {
    backup: { type: 'string' },
    data: { type: 'string' },
    user: { type: 'string', default: 'admin' },
    yes: { type: 'boolean', default: false },
  },
});

function fail(message: string): never {
  process.stderr.write(`streetops restore: ${message}\n`);
  process.exit(2);
}

if (!values.backup) fail('--backup FILE.db is required (the .keyring.json beside it is read too)');
if (!values.data) fail('--data DIR is required (a new or empty data directory)');
const file = resolve(values.backup);
const dataDir = resolve(values.data);
const username = values.user ?? 'admin';
// A directory that holds anything is refused before a password is asked for.
const refusal = restoreTargetRefusal(dataDir);
if (refusal) fail(`${refusal.code}: ${refusal.message}`);

const rl = createInterface({ input: process.stdin, output: process.stdout });
const password = process.env.STREETOPS_PASSWORD ?? (await rl.question(`password of ${username} (as on the day of the backup): `));
try {
  const preview = await inspectBackup({ file, username, password });
  const c = preview.counts;
  process.stdout.write(
    [
      `backup:      ${preview.file} (${(preview.bytes / 1048576).toFixed(1)} MB, schema ${preview.schema})`,
      `street:      ${preview.streetName} (${preview.streetCode})`,
      `holds:       ${c.residents} residents, ${c.households} households, ${c.buildings} buildings, ${c.grids} grids, ${c.cases} cases, ${c.partyOrgs} Party organisations, ${c.partyMembers} Party members, ${c.tenants} tenants`,
      `last change: ${preview.lastChangeAt === null ? '—' : new Date(preview.lastChangeAt + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ')} (China time)`,
      `restore to:  ${dataDir}`,
      '',
    ].join('\n'),
  );
  if (!values.yes) {
    const answer = await rl.question('restore it there? (yes/no) ');
    if (answer.trim().toLowerCase() !== 'yes') fail('not restored');
  }
  await restoreBackup({ file, username, password, dataDir });
  process.stdout.write(`restored. Start the browser shell on it with: npm run serve -- --data ${dataDir}\nFor the desktop app, restore into its own data directory (StreetOps/data under the user's application data folder) while the app is closed.\n`);
} catch (err) {
  fail(err instanceof BackupProblem ? `${err.code}: ${err.message}` : err instanceof Error ? err.message : String(err));
} finally {
  rl.close();
}
