// Meetings at the bench's street: the progress of every open decision computed from its items
// (one read of decisions, items and the cases and list items they follow), directly and as the
// wall's and console's figures ask for it (meeting.figures), and the opening of each body's
// latest meeting with the previous one's decisions (meeting.detail).
import type { ApiResult } from '../../src/shared/errors';
import type { Db } from '../../src/main/core/db/database';
import { activeDecisions } from '../../src/main/core/meetings/decisions';
import { median, medianOf } from './measure';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export async function benchMeetings(db: Db, call: Call, now: number) {
  const decisions = activeDecisions(db, now);
  const items = decisions.reduce((n, d) => n + d.items.length, 0);
  const byProgress = decisions.reduce<Record<string, number>>((acc, d) => ({ ...acc, [d.progress]: (acc[d.progress] ?? 0) + 1 }), {});
  const direct = await medianOf(5, () => activeDecisions(db, now));
  const figures = await medianOf(5, async () => {
    const r = await call('meeting.figures', {});
    if (!r.ok) throw new Error(`meeting.figures: ${r.error.code}: ${r.error.message}`);
  });
  const latest = db.prepare('SELECT max(id) FROM meeting GROUP BY body_id').pluck().all() as number[];
  const opened: number[] = [];
  for (const id of latest) {
    const t0 = performance.now();
    const r = await call('meeting.detail', { id });
    if (!r.ok) throw new Error(`meeting.detail: ${r.error.code}: ${r.error.message}`);
    opened.push(performance.now() - t0);
  }
  return {
    activeDecisions: decisions.length,
    items,
    byProgress,
    meetings: db.prepare('SELECT count(*) FROM meeting').pluck().get() as number,
    matters: db.prepare('SELECT count(*) FROM matter').pluck().get() as number,
    progressOfAllMs: direct.medianMs,
    progressOfAllRunsMs: direct.runsMs,
    figuresApiMs: figures.medianMs,
    openMeetingWithPrevious: { medianMs: opened.length ? median(opened) : null, calls: opened.length },
  };
}
