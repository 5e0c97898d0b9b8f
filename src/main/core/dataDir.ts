// Where a StreetOps installation keeps its files. Nothing here is plaintext personal data:
// the database (and its WAL/SHM) is encrypted, the keyring holds only wrapped keys.
import { join } from 'node:path';

export interface DataPaths {
  dir: string;
  db: string;
  keyring: string;
}

export function dataPaths(dir: string): DataPaths {
  return { dir, db: join(dir, 'streetops.db'), keyring: join(dir, 'keyring.json') };
}
