// Input rules through the real API on a demo street: impossible dates, lone UTF-16
// surrogates, over-long text and out-of-range numbers are refused with a message naming
// the field (and the limit), and a refusal stores nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseReportResult, CategoryNode } from '../../src/shared/cases';
import { isCalendarDate, TEXT_LIMITS } from '../../src/shared/inputRules';
import type { MapBase } from '../../src/shared/views';
import { startCore, type CoreHandle } from '../../src/main/core/index';
import { demoStreetCopy, openStreetReadonly, TEST_ANCHOR } from '../helpers/demoStreet';
import { err, ok } from '../helpers/apiResult';

let core: CoreHandle;
let dir: string;
let remove: () => void;
let token: string;
let report: Record<string, unknown>;
let handlingCaseId: number;

const call = (method: string, input: unknown) => core.call(method, input, token);

async function counts(): Promise<number[]> {
  const db = await openStreetReadonly(dir);
  try {
    return ['case_file', 'case_event', 'calendar_override', 'audit_log'].map((t) => db.prepare(`SELECT count(*) FROM ${t}`).pluck().get() as number);
  } finally {
    db.close();
  }
}

/** Calls that must be refused with invalid_input, the field named in the message; nothing may change. */
async function refused(method: string, input: unknown, field: string, says: RegExp) {
  const before = await counts();
  const e = err(await call(method, input));
  expect(e.code).toBe('invalid_input');
  expect(e.message).toContain(`${method}: ${field} `);
  expect(e.message).toMatch(says);
  expect(await counts()).toEqual(before);
}

beforeAll(async () => {
  const street = await demoStreetCopy();
  dir = street.dir;
  remove = street.remove;
  core = await startCore({ dataDir: dir, now: () => TEST_ANCHOR });
  token = ok<{ token: string }>(await core.call('auth.unlock', { username: 'dispatcher', password: 'streetops' }, null)).token;
  const categories = ok<CategoryNode[]>(await call('case.categories', {}));
  const [lng, lat] = ok<MapBase>(await call('map.base', {})).street.center;
  report = { source: 'hotline', categoryId: categories.flatMap((c) => c.children)[0]!.id, lng, lat, description: '井盖缺失，存在安全隐患' };
  const { caseId } = ok<CaseReportResult>(await call('case.report', report));
  await call('case.act', { caseId, action: 'register' });
  await call('case.act', { caseId, action: 'dispatch', assignee: { kind: 'department', id: 1 } });
  handlingCaseId = caseId;
});
afterAll(async () => {
  await core.close();
  remove();
});

describe('real calendar dates only', () => {
  it('knows which days exist', () => {
    expect(['2026-01-31', '2028-02-29', '2026-12-31'].every(isCalendarDate)).toBe(true);
    expect(['2026-13-45', '2026-02-30', '2027-02-29', '2026-04-31', '2026-00-10', '2026-1-5', '26-01-05'].some(isCalendarDate)).toBe(false);
  });
  it('refuses impossible dates in the work calendar', async () => {
    await refused('calendar.save', { date: '2026-13-45', working: false }, 'date', /not a real calendar date/);
    await refused('calendar.save', { date: '2026-02-30', working: true }, 'date', /not a real calendar date/);
    await refused('calendar.save', { date: '1999-12-31', working: false }, 'date', /from 2000 to 2100/);
    ok(await call('calendar.save', { date: '2028-02-29', working: false, note: '闰日测试' }));
  });
});

describe('lone UTF-16 surrogates', () => {
  it('are refused with the field named, not silently replaced', async () => {
    await refused('case.report', { ...report, description: '井盖缺失\uD83D，存在隐患' }, 'description', /lone UTF-16 surrogate/);
    await refused('case.report', { ...report, reporterName: '张\uDE00' }, 'reporterName', /lone UTF-16 surrogate/);
    await refused('case.act', { caseId: handlingCaseId, action: 'return', note: '非本单位\uDBFF职责' }, 'note', /lone UTF-16 surrogate/);
    await refused('search.query', { q: '\uDC00' }, 'q', /lone UTF-16 surrogate/);
    // A whole surrogate pair (an emoji) is fine.
    ok(await call('case.report', { ...report, description: '井盖缺失 🚧 存在隐患' }));
  });
});

describe('lengths capped with the limit named', () => {
  it('refuses a description over 2,000 characters and takes one of exactly 2,000', async () => {
    expect(TEXT_LIMITS.description).toBe(2000);
    await refused('case.report', { ...report, description: '井'.repeat(2001) }, 'description', /too long \(2,000 characters at most\)/);
    ok(await call('case.report', { ...report, description: '井'.repeat(2000) }));
  });
  it('caps names, addresses, notes and reasons', async () => {
    await refused('case.report', { ...report, reporterName: '名'.repeat(51) }, 'reporterName', /50 characters at most/);
    await refused('case.report', { ...report, address: '址'.repeat(201) }, 'address', /200 characters at most/);
    await refused('case.act', { caseId: handlingCaseId, action: 'return', note: '因'.repeat(501) }, 'note', /500 characters at most/);
    await refused(
      'case.act',
      { caseId: handlingCaseId, action: 'accept', onBehalfOf: { kind: 'person', name: '名'.repeat(51) } },
      'onBehalfOf.name',
      /50 characters at most/,
    );
  });
});

describe('numbers finite and in range', () => {
  it('refuses non-finite and out-of-range numbers', async () => {
    await refused('case.report', { ...report, lng: Number.POSITIVE_INFINITY }, 'lng', /./);
    await refused('case.report', { ...report, lat: Number.NaN }, 'lat', /./);
    await refused('case.report', { ...report, lng: 181 }, 'lng', /longitude from -180 to 180/);
    await refused('place.at', { lng: 106.5, lat: 91 }, 'lat', /latitude from -90 to 90/);
    await refused('case.queue', { limit: 0 }, 'limit', /from 1 to 500/);
    await refused('case.queue', { from: 8.5e15 }, 'from', /before the year 2100/);
    await refused('indicators.compute', { from: 0, to: 5e12 }, 'to', /before the year 2100/);
    await refused('case.act', { caseId: handlingCaseId, action: 'requestExtension', amount: 61, unit: 'work_day', note: '材料未到' }, 'amount', /from 1 to 60/);
  });
});
