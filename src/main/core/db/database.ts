// Opening the encrypted database. The master key is a random 32-byte AES-256 key used
// as a raw SQLCipher key (no passphrase KDF: the slow KDF protects the key in the
// keyring instead, see keyring.ts).
import { statSync } from 'node:fs';
import { totalmem } from 'node:os';
import Database from 'better-sqlite3-multiple-ciphers';

export type Db = Database.Database;

export interface OpenDatabaseOptions {
  /** Path to a better_sqlite3.node built for the running runtime (Electron needs its own ABI). */
  nativeBinding?: string;
  readonly?: boolean;
  /** Page cache in KiB; by default it grows with the file (pageCacheKiB). */
  cacheKiB?: number;
}

export const MASTER_KEY_BYTES = 32;

const MIN_CACHE_KIB = 64 * 1024;
/** A quarter of the machine's memory at most: the page cache is per connection (workers have their own). */
const MAX_CACHE_KIB = Math.floor(totalmem() / 1024 / 4);

/** The page cache grows with the street: the whole file fits (+25%), from 64 MiB up to a quarter of
 *  the memory. Encrypted pages cost a decryption on every cache miss, so a cache that holds the
 *  working set is what keeps a district-sized street (scale 4–10) as quick as a single street. */
export function pageCacheKiB(file: string): number {
  let bytes = 0;
  try {
    bytes = statSync(file).size;
  } catch {
    // A new database: the minimum.
  }
  return Math.max(MIN_CACHE_KIB, Math.min(MAX_CACHE_KIB, Math.ceil((bytes * 1.25) / 1024)));
}

export function openDatabase(file: string, masterKey: Buffer, options: OpenDatabaseOptions = {}): Db {
  if (masterKey.length !== MASTER_KEY_BYTES) throw new Error(`master key must be ${MASTER_KEY_BYTES} bytes`);
  const db = new Database(file, {
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    ...(options.readonly ? { readonly: true } : {}),
  });
  try {
    db.pragma(`cipher='sqlcipher'`);
    db.pragma('legacy=4');
    db.pragma(`key="x'${masterKey.toString('hex')}'"`);
    // Reading the schema proves the key: a wrong key fails here with SQLITE_NOTADB.
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    // Temporary tables and sort spills stay in memory: no plaintext temp files on disk.
    db.pragma('temp_store = MEMORY');
    db.pragma(`cache_size = -${options.cacheKiB ?? pageCacheKiB(file)}`);
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}
