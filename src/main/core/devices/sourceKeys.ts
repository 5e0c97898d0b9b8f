// Keys of the device sources (one per vendor system). A key is 32 random bytes shown once
// as base64url; the database keeps a salted SHA-256 of it. The key has full entropy, so a
// fast hash is enough (there is no password to stretch) and a post is checked in microseconds.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../db/database';

export const KEY_PREFIX = 'sodk_';

export function newSourceKey(): { key: string; hash: string; hint: string } {
  const key = KEY_PREFIX + randomBytes(32).toString('base64url');
  return { key, hash: hashKey(key, randomBytes(16)), hint: key.slice(0, KEY_PREFIX.length + 4) };
}

function hashKey(key: string, salt: Buffer): string {
  return `${salt.toString('hex')}:${createHash('sha256').update(salt).update(key, 'utf8').digest('hex')}`;
}

function matches(key: string, stored: string): boolean {
  const [saltHex, hashHex] = stored.split(':');
  if (!saltHex || !hashHex) return false;
  const expected = Buffer.from(hashHex, 'hex');
  const actual = Buffer.from(hashKey(key, Buffer.from(saltHex, 'hex')).split(':')[1]!, 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** The source a key belongs to (not revoked), or null. Sources are few: each is tried. */
export function sourceOfKey(db: Db, key: string): { id: number; name: string } | null {
  if (!key.startsWith(KEY_PREFIX)) return null;
  const rows = db.prepare('SELECT id, name, key_hash FROM device_source WHERE revoked_at IS NULL').all() as { id: number; name: string; key_hash: string }[];
  const hit = rows.find((r) => matches(key, r.key_hash));
  return hit ? { id: hit.id, name: hit.name } : null;
}
