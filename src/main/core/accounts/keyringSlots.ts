// Keyring entries per user: replacing or removing one rewrites keyring.json atomically
// (writeKeyring: temp file, fsync, rename). Callers run these inside the database
// transaction that records the change, so a failed keyring write rolls the change back.
import { readKeyring, writeKeyring, type KeyringEntry } from '../db/keyring';

export function putKeyringEntry(file: string, entry: KeyringEntry): void {
  const keyring = readKeyring(file);
  keyring.entries = [...keyring.entries.filter((e) => e.username !== entry.username), entry];
  writeKeyring(file, keyring);
}

export function removeKeyringEntry(file: string, username: string): void {
  const keyring = readKeyring(file);
  const entries = keyring.entries.filter((e) => e.username !== username);
  if (entries.length === keyring.entries.length) return;
  writeKeyring(file, { ...keyring, entries });
}

export function keyringUsernames(file: string): Set<string> {
  return new Set(readKeyring(file).entries.map((e) => e.username));
}
