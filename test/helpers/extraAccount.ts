// An account beyond the demo's four (a handler, a community worker), added the way the core
// keeps accounts: an app_user row in the encrypted database and a key slot in the keyring.
import type { Role } from '../../src/shared/domain';
import { dataPaths } from '../../src/main/core/dataDir';
import { openDatabase, type Db } from '../../src/main/core/db/database';
import { readKeyring, unwrapMasterKey, wrapMasterKey, writeKeyring } from '../../src/main/core/db/keyring';
import { FAST_SCRYPT } from './demoStreet';

export interface ExtraAccount {
  username: string;
  role: Role;
  communityId?: number;
  departmentId?: number;
}

/** The street's database opened for writing, to arrange a fixture before any core opens it. */
export async function openStreetWritable(dir: string): Promise<Db> {
  const paths = dataPaths(dir);
  return openDatabase(paths.db, await unwrapMasterKey(readKeyring(paths.keyring), 'admin', 'streetops'));
}

/** Adds the accounts (password 'streetops') to a street that no core has open. */
export async function addAccounts(dir: string, accounts: readonly ExtraAccount[], now: number): Promise<void> {
  const paths = dataPaths(dir);
  const keyring = readKeyring(paths.keyring);
  const key = await unwrapMasterKey(keyring, 'admin', 'streetops');
  const db = openDatabase(paths.db, key);
  try {
    const insert = db.prepare('INSERT INTO app_user (username, display_name, role, community_id, department_id, created_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (const a of accounts) {
      insert.run(a.username, `测试 ${a.username}`, a.role, a.communityId ?? null, a.departmentId ?? null, now);
      keyring.entries.push(await wrapMasterKey(a.username, 'streetops', key, FAST_SCRYPT));
    }
  } finally {
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
  }
  writeKeyring(paths.keyring, keyring);
}
