// A new, empty street in a data directory that holds none: the same guarantees as the demo's
// first start (bootstrap.ts): refused where a keyring or database files are, a `.creating`
// marker first and the keyring last, so a start killed half-way leaves only files StreetOps
// may clear. The street starts empty but valid: its row (name, codes, a placeholder boundary
// until the boundary file is imported), the reference data every street shares (departments,
// case categories; the care rules come with the migrations) and its first administrator,
// whose password is the first key slot of the keyring.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import type { NewStreetInput } from '../../../shared/newStreet';
import { appendAudit } from '../audit';
import { removeDatabaseFiles } from '../bootstrap';
import { dataPaths } from '../dataDir';
import { creatingMarker, dbFilesPresent } from '../dataDirCheck';
import { MASTER_KEY_BYTES, openDatabase } from '../db/database';
import { DEFAULT_SCRYPT, type KeyringFile, type ScryptParams, wrapMasterKey, writeKeyring } from '../db/keyring';
import { migrate } from '../db/migrate';
import { insertCategories } from '../reference/categories';
import { insertDepartments } from '../reference/departments';
import { insertUsers } from '../users';
import { placeholderBoundary, placeholderCenter } from './placeholderBoundary';

export interface CreateNewStreetOptions {
  dataDir: string;
  street: NewStreetInput;
  now: number;
  nativeBinding?: string;
  scrypt?: ScryptParams;
}

/** Marks a street that began empty (the setup checklist is offered to its administrators). */
export const NEW_STREET_META = 'street.origin';

export class StreetExistsError extends Error {}

/** Why a directory cannot take a new street, or null when it can (nothing there, or only our own half-made files). */
export function whyNotEmpty(dataDir: string): string | null {
  const paths = dataPaths(dataDir);
  if (existsSync(paths.keyring)) return `${paths.dir} already holds a street (keyring.json is there); a new street is made only in an empty data directory. Nothing was changed`;
  if (!existsSync(creatingMarker(paths)) && dbFilesPresent(paths).length > 0) {
    return `${paths.dir} holds a database (${dbFilesPresent(paths).map((f) => f.slice(paths.dir.length + 1)).join(', ')}) without its keyring; a new street is made only in an empty data directory. Nothing was changed`;
  }
  return null;
}

export async function createNewStreet(options: CreateNewStreetOptions): Promise<{ streetName: string }> {
  const paths = dataPaths(options.dataDir);
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
  const refusal = whyNotEmpty(options.dataDir);
  if (refusal) throw new StreetExistsError(refusal);
  const marker = creatingMarker(paths);
  if (existsSync(marker)) removeDatabaseFiles(paths.db);
  writeFileSync(marker, '', { mode: 0o600 });
  const s = options.street;
  const masterKey = randomBytes(MASTER_KEY_BYTES);
  try {
    // Wrapped first (the slow KDF, off this thread in libuv's pool): the database is then made and closed in one go.
    const entry = await wrapMasterKey(s.username, s.password, masterKey, options.scrypt ?? DEFAULT_SCRYPT);
    const db = openDatabase(paths.db, masterKey, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    chmodSync(paths.db, 0o600);
    try {
      migrate(db);
      db.transaction(() => {
        const [lng, lat] = placeholderCenter(s.adminCode);
        db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?), (?, ?)').run('street.name', s.streetName, NEW_STREET_META, 'new', 'street.createdAt', String(options.now));
        db.prepare('INSERT INTO street (code, name, district, city, boundary, center_lng, center_lat, area_km2) VALUES (?, ?, ?, ?, ?, ?, ?, 0)').run(
          s.streetCode,
          s.streetName,
          s.district,
          s.city,
          JSON.stringify(placeholderBoundary(s.adminCode)),
          lng,
          lat,
        );
        insertCategories(db, insertDepartments(db));
        insertUsers(db, [{ username: s.username, displayName: s.displayName, role: 'admin', password: s.password }], options.now);
        const userId = db.prepare('SELECT id FROM app_user WHERE username = ?').pluck().get(s.username) as number;
        appendAudit(db, options.now, { userId, action: 'street.create', entity: 'street', detail: { name: s.streetName, code: s.streetCode, adminCode: s.adminCode, district: s.district, city: s.city, admin: s.username } });
      })();
      db.pragma('wal_checkpoint(TRUNCATE)');
    } finally {
      db.close();
    }
    const keyring: KeyringFile = { version: 1, cipher: 'sqlcipher-aes256', label: { streetName: s.streetName }, entries: [entry] };
    writeKeyring(paths.keyring, keyring);
  } catch (err) {
    removeDatabaseFiles(paths.db);
    rmSync(marker, { force: true });
    throw err;
  } finally {
    masterKey.fill(0);
  }
  rmSync(marker, { force: true });
  return { streetName: s.streetName };
}
