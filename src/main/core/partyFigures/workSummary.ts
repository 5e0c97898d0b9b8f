// The Party-work figures of one scope for the wall and the briefing: the total row of
// computePartyFigures, nothing else (no names, no ids of persons). The wall asks on every
// snapshot and delta, so each connection keeps the last answer per scope with a cheap
// signature of the tables it reads (row counts, latest ids and update times, the day); a
// write to any of them changes the signature and the next read computes again, in a worker.
import type { PartyFigureRow, PartyFigures, PartyFigureScope, PartyWorkSummary } from '../../../shared/partyFigures';
import { shanghaiDate } from '../calendar/workCalendar';
import { ApiError } from '../../../shared/errors';
import type { CallContext } from '../api/context';
import type { Db } from '../db/database';
import { computePartyFigures } from './computePartyFigures';

const DAY_MS = 86_400_000;

/** The wall's period: the twelve months up to the end of today (China time). */
export function rollingYear(now: number): { from: number; to: number } {
  const to = Date.parse(`${shanghaiDate(now + DAY_MS)}T00:00:00+08:00`);
  return { from: to - 365 * DAY_MS, to };
}

export function partyWorkSummary(db: Db, scope: PartyFigureScope, from: number, to: number): PartyWorkSummary {
  return summaryOf(computePartyFigures(db, { from, to, scope }).rows[0]!, from, to);
}

const SIGNATURE = `SELECT (SELECT count(*) || ':' || coalesce(max(updated_at), 0) FROM micro_wish) || '/' ||
  (SELECT count(*) || ':' || coalesce(max(id), 0) FROM service_record) || '/' ||
  (SELECT count(*) || ':' || coalesce(max(id), 0) || ':' || count(ended_on) FROM dual_report) || '/' ||
  (SELECT count(*) || ':' || coalesce(max(id), 0) FROM volunteer_activity) || '/' ||
  (SELECT count(*) || ':' || coalesce(max(updated_at), 0) FROM party_list_item) || '/' ||
  (SELECT count(*) FROM party_list_event) || '/' ||
  (SELECT stamp FROM change_stamp WHERE topic = 'party')`;

const kept = new WeakMap<Db, Map<string, { signature: string; summary: PartyWorkSummary }>>();

function summaryOf(row: PartyFigureRow, from: number, to: number): PartyWorkSummary {
  return { from, to, needs: row.needs, wishes: row.wishes, dualReport: row.dualReport, volunteers: row.volunteers, activeUnits: row.activeUnits };
}

/** Computes a scope's figures elsewhere (the core's worker: a rolling year at scale 1 is ~0.3 s). */
export type ComputeFigures = (input: { from: number; to: number; scope: PartyFigureScope }) => Promise<PartyFigures>;

/** The rolling year's figures for the wall, from this connection's copy while nothing they read
 *  has changed; after a Party write, computed by `compute` (a worker) so the query thread is
 *  not held. The signature is read before the figures: a write landing while they are computed
 *  changes it again, and the next call computes once more. */
export async function wallPartyWork(db: Db, communityId: number | null, now: number, compute: ComputeFigures): Promise<PartyWorkSummary> {
  const { from, to } = rollingYear(now);
  const signature = `${String(db.prepare(SIGNATURE).pluck().get())}/${from}`;
  let byScope = kept.get(db);
  if (!byScope) kept.set(db, (byScope = new Map()));
  const key = String(communityId);
  const hit = byScope.get(key);
  if (hit && hit.signature === signature) return structuredClone(hit.summary);
  const figures = await compute({ from, to, scope: communityId === null ? { kind: 'street' } : { kind: 'community', id: communityId } });
  const summary = summaryOf(figures.rows[0]!, from, to);
  byScope.set(key, { signature, summary });
  return structuredClone(summary);
}

/** The wall's Party work for a call (wall.snapshot, wall.delta): kept, or computed in the core's worker. */
export async function wallPartyWorkFor(ctx: Pick<CallContext, 'db' | 'now' | 'heavy'>, communityId: number | undefined): Promise<PartyWorkSummary> {
  // The same refusal as the wall's own scope check, before any figure is computed for nothing.
  if (communityId !== undefined && ctx.db().prepare('SELECT 1 FROM community WHERE id = ?').get(communityId) === undefined) throw new ApiError('not_found', `no community ${communityId}`);
  return wallPartyWork(ctx.db(), communityId ?? null, ctx.now, (input) => ctx.heavy('partyFigures.compute', input));
}
