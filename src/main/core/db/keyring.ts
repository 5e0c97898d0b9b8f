// The keyring: the database's random master key, wrapped once per user. Each user's
// password goes through scrypt (a slow, memory-hard KDF) to a key-encryption key that
// seals the master key with AES-256-GCM. The file holds no plaintext key and nothing
// that reveals one without a password; GCM's tag tells a wrong password apart.
import { createCipheriv, createDecipheriv, randomBytes, scrypt as scryptCb, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fsyncPath } from '../fsyncPath';

const scrypt = promisify(scryptCb) as (password: string, salt: Buffer, keylen: number, options: ScryptParams & { maxmem: number }) => Promise<Buffer>;

export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** ~100 ms and 32 MiB per attempt on an office PC: cheap to unlock, costly to guess. */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 15, r: 8, p: 1 };

export interface KeyringEntry {
  username: string;
  kdf: { name: 'scrypt' } & ScryptParams;
  salt: string;
  iv: string;
  tag: string;
  wrappedKey: string;
}

export interface KeyringFile {
  version: 1;
  cipher: 'sqlcipher-aes256';
  /** Shown on the unlock screen before the database is open. Not personal data: the office's own name. */
  label?: { streetName: string };
  entries: KeyringEntry[];
}

export class WrongPasswordError extends Error {
  constructor() {
    super('wrong username or password');
    this.name = 'WrongPasswordError';
  }
}

async function deriveKek(password: string, salt: Buffer, params: ScryptParams): Promise<Buffer> {
  return scrypt(password.normalize('NFC'), salt, 32, { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 });
}

export async function wrapMasterKey(username: string, password: string, masterKey: Buffer, params: ScryptParams = DEFAULT_SCRYPT): Promise<KeyringEntry> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const kek = await deriveKek(password, salt, params);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(Buffer.from(`streetops:${username}`));
  const wrapped = Buffer.concat([cipher.update(masterKey), cipher.final()]);
  return {
    username,
    kdf: { name: 'scrypt', ...params },
    salt: salt.toString('base64'),
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    wrappedKey: wrapped.toString('base64'),
  };
}

export async function unwrapMasterKey(keyring: KeyringFile, username: string, password: string): Promise<Buffer> {
  const entry = keyring.entries.find((e) => e.username === username);
  // An unknown user costs the same KDF time as a known one, so timing does not reveal usernames.
  const probe = entry ?? keyring.entries[0];
  if (!probe) throw new WrongPasswordError();
  const kek = await deriveKek(password, Buffer.from(probe.salt, 'base64'), probe.kdf);
  if (!entry) throw new WrongPasswordError();
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(entry.iv, 'base64'));
    decipher.setAAD(Buffer.from(`streetops:${username}`));
    decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(entry.wrappedKey, 'base64')), decipher.final()]);
  } catch {
    throw new WrongPasswordError();
  }
}

export function sameKey(a: Buffer, b: Buffer): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

export function readKeyring(file: string): KeyringFile {
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as KeyringFile;
  if (parsed.version !== 1 || !Array.isArray(parsed.entries)) throw new Error(`${file}: not a StreetOps keyring`);
  return parsed;
}

/** Write-then-rename with fsync, so a crash leaves either the old keyring or the new one. */
export function writeKeyring(file: string, keyring: KeyringFile): void {
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(keyring, null, 2), { mode: 0o600 });
  fsyncPath(tmp);
  renameSync(tmp, file);
}
