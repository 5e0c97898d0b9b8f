// A process that writes one backup of a street as the core's backup worker does
// (writeBackup), for a test to kill with SIGKILL half-way. It prints {"stage": …} for each
// progress report and, at the stage named on the command line, stops there (blocking, as a
// slow disk would) so the kill lands at a known point; {"done": …} if it is not killed.
// Run: node --import tsx test/helpers/backupChild.ts DATA_DIR FOLDER STOP_STAGE
import { dataPaths } from '../../src/main/core/dataDir';
import { readKeyring, unwrapMasterKey } from '../../src/main/core/db/keyring';
import { backupFileName } from '../../src/main/core/backup/backupFiles';
import { writeBackup } from '../../src/main/core/backup/writeBackup';

const [dataDir, folder, stopAt] = process.argv.slice(2);
if (!dataDir || !folder || !stopAt) throw new Error('usage: backupChild.ts DATA_DIR FOLDER STOP_STAGE');
const paths = dataPaths(dataDir);
const key = await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops');
const say = (line: unknown) => process.stdout.write(`${JSON.stringify(line)}\n`);
const written = writeBackup(
  { dbFile: paths.db, keyringFile: paths.keyring, key, nativeBinding: null, folder, names: backupFileName('TEST', Date.now(), 'manual') },
  (_fraction, stage) => {
    say({ stage });
    if (stage === stopAt) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
  },
);
say({ done: written.fileName });
