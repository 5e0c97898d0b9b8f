// Who may export a register, decided in the core (the UI hiding the button is not the rule):
// a role that may not import a register may not export it, a community account exports its own
// community only, and a grid must belong to the community asked for. A refused export writes
// no audit entry and hands back no file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import type { ExportedFile } from '../../src/shared/api';
import { IMPORT_REGISTERS } from '../../src/shared/registerImport';
import type { UnlockResult } from '../../src/shared/views';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';

let core: CoreHandle;
let remove: () => void;
let dir: string;
const tokens: Record<string, string> = {};
let ownGrid: number;
let otherGrid: number;

beforeAll(async () => {
  const copy = await demoStreetCopy();
  remove = copy.remove;
  dir = copy.dir;
  const db = await openStreetReadonly(dir);
  ownGrid = db.prepare('SELECT id FROM grid WHERE community_id = 1 ORDER BY id LIMIT 1').pluck().get() as number;
  otherGrid = db.prepare('SELECT id FROM grid WHERE community_id = 2 ORDER BY id LIMIT 1').pluck().get() as number;
  db.close();
  core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR });
  for (const username of ['admin', 'community', 'dispatcher', 'leader', 'operator']) tokens[username] = ok<UnlockResult>(await core.call('auth.unlock', { username, password: 'streetops' }, null)).token;
});
afterAll(async () => {
  await core.close();
  remove();
});

async function exportAudits(): Promise<number> {
  const db = await openStreetReadonly(dir);
  try {
    return db.prepare("SELECT count(*) FROM audit_log WHERE action = 'register.export'").pluck().get() as number;
  } finally {
    db.close();
  }
}

const exportInput = (extra: Record<string, unknown> = {}) => ({ register: 'residents', communityId: 1, ...extra });

describe('register.export, by role and scope', () => {
  it('refuses the desk and the leaders in the core, whatever the register, and audits nothing', async () => {
    const before = await exportAudits();
    for (const who of ['dispatcher', 'leader', 'operator']) {
      for (const register of IMPORT_REGISTERS) {
        expect(err(await core.call('register.export', exportInput({ register }), tokens[who]!)), `${who} ${register}`).toMatchObject({ code: 'unauthorized' });
      }
    }
    expect(await exportAudits()).toBe(before);
  });

  it('refuses a community account a register its role may not write (the Party organisation tree)', async () => {
    expect(err(await core.call('register.export', exportInput({ register: 'partyOrgs' }), tokens.community!)).code).toBe('unauthorized');
    // …while the administrator may.
    ok<ExportedFile>(await core.call('register.export', exportInput({ register: 'partyOrgs' }), tokens.admin!));
  });

  it('lets a community account export its own community, whole or one of its grids, and audits each', async () => {
    const before = await exportAudits();
    const whole = ok<ExportedFile>(await core.call('register.export', exportInput(), tokens.community!));
    expect(whole.fileName).toMatch(/^居民台账_/);
    ok<ExportedFile>(await core.call('register.export', exportInput({ gridId: ownGrid }), tokens.community!));
    expect(await exportAudits()).toBe(before + 2);
  });

  it('refuses a community account another community’s register, whole or by one of its grids', async () => {
    const before = await exportAudits();
    expect(err(await core.call('register.export', exportInput({ communityId: 2 }), tokens.community!)).code).toBe('unauthorized');
    expect(err(await core.call('register.export', exportInput({ communityId: 2, gridId: otherGrid }), tokens.community!)).code).toBe('unauthorized');
    expect(await exportAudits()).toBe(before);
  });

  it('refuses a grid of another community under one’s own community, for any role, and audits nothing', async () => {
    const before = await exportAudits();
    expect(err(await core.call('register.export', exportInput({ gridId: otherGrid }), tokens.community!)).code).toBe('not_found');
    expect(err(await core.call('register.export', exportInput({ gridId: otherGrid }), tokens.admin!)).code).toBe('not_found');
    expect(err(await core.call('register.export', exportInput({ gridId: 99_999 }), tokens.admin!)).code).toBe('not_found');
    expect(await exportAudits()).toBe(before);
  });
});
