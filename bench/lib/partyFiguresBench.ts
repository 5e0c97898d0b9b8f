// Party figures and the care queue at the bench's street, each with the worst latency of a cheap
// call (session.status every 10 ms) made while it runs: a cheap call waiting long would mean
// the figure held the query thread.
//   - partyFigures.compute for a year, street-wide and by grid (in a worker);
//   - the wall after a Party write: a service record written, then wall.delta (the Party work's
//     figures computed again, in a worker) and the snapshot that follows (kept);
//   - the care queue and care list, street-wide (every tagged resident's due visits, in a worker).
import type { ApiResult } from '../../src/shared/errors';
import type { PartyFigures } from '../../src/shared/partyFigures';
import type { WallSnapshot } from '../../src/shared/wall';
import type { Db } from '../../src/main/core/db/database';
import { duringHeavy, type HeavyFigure } from './heavy';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

const DAY = 86_400_000;

function unwrap<T>(r: ApiResult<unknown>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.code}: ${r.error.message}`);
  return r.result as T;
}

export interface PartyFiguresBench {
  'partyFigures.compute year street': HeavyFigure & { activeUnits: number; wishesCollected: number };
  'partyFigures.compute year by grid': HeavyFigure & { rows: number };
  'wall.delta after a Party write': HeavyFigure;
  'wall.snapshot after it (kept)': HeavyFigure;
  'care.queue street': HeavyFigure & { residents: number; overdue: number };
  'care.list street': HeavyFigure;
}

/** `call` as the administrator (writes a service record); `db` a read-only connection to pick the member. */
export async function benchPartyFigures(db: Db, call: Call, cheap: () => Promise<unknown>, now: number): Promise<PartyFiguresBench> {
  const year = { from: now - 365 * DAY, to: now };
  // Warm the worker once, so the figures are the calls' own.
  unwrap(await call('partyFigures.compute', { from: now - 40 * DAY, to: now }), 'warm-up');
  const street = await duringHeavy(call, cheap, 'partyFigures.compute', year);
  const streetFigures = unwrap<PartyFigures>(await call('partyFigures.compute', year), 'partyFigures.compute');
  const byGrid = await duringHeavy(call, cheap, 'partyFigures.compute', { ...year, groupBy: 'grid' });
  const gridRows = unwrap<PartyFigures>(await call('partyFigures.compute', { ...year, groupBy: 'grid' }), 'partyFigures.compute by grid').rows.length;

  // The wall after a Party write: the kept figures are stale, the next delta computes them again.
  const snap = unwrap<WallSnapshot>(await call('wall.snapshot', {}), 'wall.snapshot');
  const member = db
    .prepare(`SELECT d.member_id AS memberId, d.community_id AS communityId FROM dual_report d WHERE d.ended_on IS NULL ORDER BY d.id LIMIT 1`)
    .get() as { memberId: number; communityId: number } | undefined;
  if (!member) throw new Error('the bench street has no open 双报到 registration');
  const today = new Date(now + 8 * 3_600_000).toISOString().slice(0, 10);
  unwrap(await call('service.record', { memberId: member.memberId, onDate: today, kind: 'other', hours: 2, communityId: member.communityId, note: '基准测试：入户走访' }), 'service.record');
  const delta = await duringHeavy(call, cheap, 'wall.delta', { sinceEventId: snap.lastEventId });
  const kept = await duringHeavy(call, cheap, 'wall.snapshot', {});

  const queue = await duringHeavy(call, cheap, 'care.queue', {});
  const q = unwrap<{ totalResidents: number; totalOverdue: number }>(await call('care.queue', {}), 'care.queue');
  const list = await duringHeavy(call, cheap, 'care.list', {});
  return {
    'partyFigures.compute year street': { ...street, activeUnits: streetFigures.rows[0]!.activeUnits, wishesCollected: streetFigures.rows[0]!.wishes.collected },
    'partyFigures.compute year by grid': { ...byGrid, rows: gridRows },
    'wall.delta after a Party write': delta,
    'wall.snapshot after it (kept)': kept,
    'care.queue street': { ...queue, residents: q.totalResidents, overdue: q.totalOverdue },
    'care.list street': list,
  };
}
