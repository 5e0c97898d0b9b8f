import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT, readKeyring, unwrapMasterKey, WrongPasswordError, wrapMasterKey, writeKeyring, type KeyringFile } from '../../src/main/core/db/keyring';
import { tempDir } from '../helpers/tempDir';

describe('keyring', () => {
  const dirs: { remove(): void }[] = [];
  afterEach(() => dirs.splice(0).forEach((d) => d.remove()));

  it('wraps the master key per user with the real KDF and unwraps it only with the right password', async () => {
    const key = randomBytes(32);
    const keyring: KeyringFile = {
      version: 1,
      cipher: 'sqlcipher-aes256',
      entries: [await wrapMasterKey('admin', '正确的密码', key), await wrapMasterKey('dispatcher', 'other', key)],
    };
    expect(keyring.entries[0]!.kdf).toMatchObject({ name: 'scrypt', N: DEFAULT_SCRYPT.N });
    expect((await unwrapMasterKey(keyring, 'admin', '正确的密码')).equals(key)).toBe(true);
    expect((await unwrapMasterKey(keyring, 'dispatcher', 'other')).equals(key)).toBe(true);
    await expect(unwrapMasterKey(keyring, 'admin', 'wrong')).rejects.toBeInstanceOf(WrongPasswordError);
    await expect(unwrapMasterKey(keyring, 'admin', 'other')).rejects.toBeInstanceOf(WrongPasswordError);
    await expect(unwrapMasterKey(keyring, 'nobody', '正确的密码')).rejects.toBeInstanceOf(WrongPasswordError);
  });

  it('binds each wrapped key to its username (entries cannot be swapped)', async () => {
    const key = randomBytes(32);
    const a = await wrapMasterKey('a', 'pw', key, { N: 1024, r: 8, p: 1 });
    const swapped: KeyringFile = { version: 1, cipher: 'sqlcipher-aes256', entries: [{ ...a, username: 'b' }] };
    await expect(unwrapMasterKey(swapped, 'b', 'pw')).rejects.toBeInstanceOf(WrongPasswordError);
  });

  it('writes a file that holds neither the key nor the password', async () => {
    const d = tempDir();
    dirs.push(d);
    const key = randomBytes(32);
    const file = join(d.path, 'keyring.json');
    writeKeyring(file, { version: 1, cipher: 'sqlcipher-aes256', entries: [await wrapMasterKey('admin', 'hunter2-秘密', key, { N: 1024, r: 8, p: 1 })] });
    const text = readFileSync(file, 'utf8');
    expect(text).not.toContain(key.toString('hex'));
    expect(text).not.toContain(key.toString('base64'));
    expect(text).not.toContain('hunter2');
    expect(readKeyring(file).entries).toHaveLength(1);
  });
});
