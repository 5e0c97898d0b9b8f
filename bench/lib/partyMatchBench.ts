// Matching of the 三张清单 at the bench's street: every open need ranked against every resource
// on offer, in one pass (matchAllOpenNeeds: one read of the pool and the units' records), and
// partyList.matches through the API for each open need as the drawer asks it.
import type { ApiResult } from '../../src/shared/errors';
import type { Db } from '../../src/main/core/db/database';
import { matchAllOpenNeeds, offeredResources, openNeeds } from '../../src/main/core/partyLists/matching';
import { median, medianOf } from './measure';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export async function benchPartyMatch(db: Db, call: Call) {
  const needs = openNeeds(db);
  const resources = offeredResources(db);
  const all = await medianOf(5, () => matchAllOpenNeeds(db, 5));
  const suggestions = matchAllOpenNeeds(db, 5).reduce((n, m) => n + m.suggestions.length, 0);
  const perNeed: number[] = [];
  for (const n of needs) {
    const t0 = performance.now();
    const r = await call('partyList.matches', { id: n.id, limit: 5 });
    if (!r.ok) throw new Error(`partyList.matches: ${r.error.code}: ${r.error.message}`);
    perNeed.push(performance.now() - t0);
  }
  const sorted = [...perNeed].sort((a, b) => a - b);
  return {
    openNeeds: needs.length,
    offeredResources: resources.length,
    suggestions,
    allOpenNeedsMs: all.medianMs,
    allOpenNeedsRunsMs: all.runsMs,
    apiPerNeed: { medianMs: perNeed.length ? median(perNeed) : null, p95Ms: Math.round((sorted[Math.floor(sorted.length * 0.95)] ?? 0) * 10) / 10, calls: perNeed.length },
  };
}
