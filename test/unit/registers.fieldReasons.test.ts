// Register-write refusals carry a reason code and its parameters, worded in both languages by
// the one catalog the Excel import shares: a resident.add with a mistyped ID number through the
// API against a real encrypted demo street, and every reason code the registers use has texts.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIELD_REASON_TEXT, fieldReasonText, isFieldReason } from '../../src/shared/fieldReasons';
import { IMPORT_REASONS } from '../../src/shared/registerImport';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';
import { idNumber } from '../helpers/registerFixtures';

const REGISTERS = join(__dirname, '../../src/main/core/registers');
const CJK = /[\u4e00-\u9fff]/;

/** `throw fieldError(` lines of the registers that give no reason code (a not_found has one by default). */
function unworded(): string[] {
  const lines = readdirSync(REGISTERS)
    .filter((n) => n.endsWith('.ts'))
    .flatMap((file) => readFileSync(join(REGISTERS, file), 'utf8').split('\n').map((line, i) => ({ at: `${file}:${i + 1}`, line })));
  return lines.filter(({ line }) => line.includes('throw fieldError(') && !/'(?:invalid_input|conflict|not_found)',\s*'[a-z_]+'/.test(line) && !line.includes("'not_found')")).map((l) => l.at);
}

describe('the reason catalog', () => {
  it('words every reason code the register writes use, in Chinese and in English', () => {
    const used = new Set<string>();
    for (const file of readdirSync(REGISTERS).filter((n) => n.endsWith('.ts'))) {
      const src = readFileSync(join(REGISTERS, file), 'utf8');
      // The reason is fieldError's fourth argument: a quoted snake_case word after the code.
      for (const m of src.matchAll(/'(?:invalid_input|conflict|not_found)',\s*'([a-z_]+)'/g)) used.add(m[1]!);
    }
    used.add('not_found'); // fieldError's own default for a not_found refusal
    expect(unworded(), 'refusals without a reason code').toEqual([]);
    expect(used.size).toBeGreaterThan(30);
    for (const reason of used) {
      expect(isFieldReason(reason), `${reason} is in the catalog`).toBe(true);
      if (!isFieldReason(reason)) continue;
      const words = fieldReasonText(reason, { expected: '1', got: '2', length: '5', date: '2030-01-01', today: '2026-11-18', value: 'v', detail: 'd' });
      expect(words.zh, reason).toMatch(CJK);
      expect(words.en.length, reason).toBeGreaterThan(0);
    }
  });

  it('keeps the import reasons and their workbook wording (one catalog for both)', () => {
    for (const reason of IMPORT_REASONS) expect(Object.keys(FIELD_REASON_TEXT)).toContain(reason);
    expect(fieldReasonText('id_checksum', { column: '身份证号', value: 'x', detail: '' }).zh).toBe('身份证号校验位不对（GB 11643）：请核对是否有数字录错');
  });
});

describe('resident.add refusals', () => {
  let core: CoreHandle;
  let remove: () => void;
  let token = '';
  let household = 0;

  beforeAll(async () => {
    const copy = await demoStreetCopy();
    remove = copy.remove;
    core = await startCore({ dataDir: copy.dir, now: () => TEST_ANCHOR });
    token = ok<{ token: string }>(await core.call('auth.unlock', { username: 'admin', password: 'streetops' }, null)).token;
    const db = await openStreetReadonly(copy.dir);
    household = db.prepare('SELECT id FROM household ORDER BY id LIMIT 1').pluck().get() as number;
    db.close();
  });
  afterAll(async () => {
    await core?.close();
    remove?.();
  });

  it('a mistyped ID number carries reason id_checksum with the expected and typed check characters', async () => {
    const good = idNumber('19800312', '123');
    const typed = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const e = err(await core.call('resident.add', { householdId: household, name: '测试', idNumber: typed, relation: '子女' }, token));
    expect(e.code).toBe('invalid_input');
    expect(e.details).toEqual([{ path: 'idNumber', message: expect.stringContaining('check character'), reason: 'id_checksum', params: { expected: good[17], got: typed[17] } }]);
  });

  it('a sex that disagrees with the ID number carries gender_id_mismatch', async () => {
    const e = err(await core.call('resident.add', { householdId: household, name: '测试', idNumber: idNumber('19800312', '123'), gender: 'F', relation: '子女' }, token));
    expect(e.details?.[0]).toMatchObject({ path: 'gender', reason: 'gender_id_mismatch', params: { expected: 'M', got: 'F' } });
  });
});
