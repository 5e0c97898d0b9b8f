// Search latency over a fixed list of queries a 12345 desk types: surnames, given names,
// full names and their first two characters, phones and their last four digits, case codes
// (with and without AJ), USCCs, building addresses, unit/room fragments, Party organisation
// and tenant names. Literal queries are fixed; the rest are drawn from the street at fixed
// positions of each table (first, 1/5, 2/5 … of the ids), so a street gives the same list.
// Each query runs RUNS times through the API; p50/p95/max are over every run.
import type { ApiResult } from '../../src/shared/errors';
import type { Db } from '../../src/main/core/db/database';
import { ADDRESS_PREFIX } from '../../src/main/core/demo/buildings';
import { givenName } from '../../src/main/core/search/givenName';
import { timeIt } from './measure';

type Call = (method: 'search.query', input: { q: string; limit: number }) => Promise<ApiResult<unknown>>;
interface Query {
  q: string;
  kind: string;
  /** Phones are looked up by a role that may see residents' phones; the rest by the desk. */
  as: 'desk' | 'register';
}

const RUNS = 3;
const LIMIT = 20;

/** Values of `column` at five fixed positions of the table's ids. */
function spread(db: Db, table: string, column: string, where = '1'): string[] {
  const ids = db.prepare(`SELECT id FROM ${table} WHERE ${where} ORDER BY id`).pluck().all() as number[];
  const pick = [0, 1, 2, 3, 4].map((i) => ids[Math.floor((i * (ids.length - 1)) / 4)]!);
  return pick.map((id) => db.prepare(`SELECT ${column} FROM ${table} WHERE id = ?`).pluck().get(id) as string);
}

export function searchQueries(db: Db): Query[] {
  const names = spread(db, 'resident', 'name');
  const phones = spread(db, 'resident', 'phone', 'phone IS NOT NULL');
  const codes = spread(db, 'case_file', 'code');
  const usccs = spread(db, 'tenant', 'uscc');
  const addresses = spread(db, 'building', 'address');
  const households = spread(db, 'household', 'address');
  const orgs = spread(db, 'party_org', 'name', 'level >= 3');
  const tenants = spread(db, 'tenant', 'name', 'length(name) >= 6');
  const desk = (kind: string, qs: readonly string[]): Query[] => qs.map((q) => ({ q, kind, as: 'desk' }));
  return [
    ...desk('surname', ['王', '李', '张', '刘', '陈', '杨']),
    ...desk('given name', ['伟', '建国', '秀英', '浩宇', ...names.slice(0, 2).map(givenName)]),
    ...desk('full name', names),
    ...desk('name prefix', names.slice(2).map((n) => n.slice(0, 2))),
    ...phones.slice(0, 3).map((q): Query => ({ q, kind: 'phone', as: 'register' })),
    ...phones.slice(2).map((p): Query => ({ q: p.slice(-4), kind: 'phone last 4', as: 'register' })),
    ...desk('case code', [...codes.slice(0, 4), codes[4]!.slice(2)]),
    ...desk('USCC', [...usccs.slice(0, 3), ...usccs.slice(3).map((u) => u.slice(0, 12))]),
    ...desk('building address', [...addresses.slice(0, 2), ...addresses.slice(2).map((a) => a.slice(ADDRESS_PREFIX.length))]),
    ...desk('household address', ['3单元', '502', ...households.slice(0, 3).map((a) => a.slice(-9))]),
    ...desk('Party org', [...orgs.slice(0, 3), ...orgs.slice(3).map((o) => Array.from(o).slice(1, 5).join(''))]),
    ...desk('tenant name', tenants.map((t) => Array.from(t).slice(1, 5).join(''))),
  ];
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchSearch(db: Db, desk: Call, register: Call) {
  const queries = searchQueries(db);
  const runs: { q: string; kind: string; ms: number }[] = [];
  for (let r = 0; r < RUNS; r++) {
    for (const query of queries) {
      const call = query.as === 'desk' ? desk : register;
      const t = await timeIt(() => call('search.query', { q: query.q, limit: LIMIT }));
      if (!t.value.ok) throw new Error(`search "${query.q}": ${t.value.error.message}`);
      runs.push({ q: query.q, kind: query.kind, ms: t.ms });
    }
  }
  const sorted = runs.map((x) => x.ms).sort((a, b) => a - b);
  return {
    queries: queries.length,
    runsEach: RUNS,
    limit: LIMIT,
    p50Ms: percentile(sorted, 50),
    p95Ms: percentile(sorted, 95),
    maxMs: sorted.at(-1)!,
    slowest: [...runs].sort((a, b) => b.ms - a.ms).slice(0, 5),
  };
}
