// The demo street's case notes are written the way the desk writes them (issue 16): through
// the core's note writer, so every note reads back into its parts and the UI words it in
// its language. An extension is asked for by the handler (申请延期) and approved by the
// desk (批准延期) as two events, as a real one is; a request the anchor cut off before its
// decision waits on the case as a real pending request does.
import { describe, expect, it } from 'vitest';
import { generatedStreets } from '../helpers/generatedStreets';
import type { CaseExtensionRequest } from '../../src/shared/views';
import { readNote, writeNote } from '../../src/main/core/reference/eventNotes';

/** 2026-11-20 15:00 China time. */
const ANCHOR = Date.UTC(2026, 10, 20, 7, 0, 0);
const STREETS = [
  { scale: 0.05, seed: 7 },
  { scale: 0.1, seed: 2026 },
] as const;

const streets = generatedStreets(STREETS, ANCHOR);

interface EventRow {
  id: number;
  case_id: number;
  kind: string;
  actor_name: string;
  at: number;
  note: string;
}

describe.each(STREETS.map((s, i) => [`scale ${s.scale}, seed ${s.seed}`, i] as const))('demo case notes at %s', (_name, i) => {
  const db = () => streets[i]!;
  const events = (where: string) => db().prepare(`SELECT id, case_id, kind, actor_name, at, note FROM case_event WHERE ${where} ORDER BY case_id, at, id`).all() as EventRow[];

  it('reads every note back into parts that write the same note again', () => {
    const differing = events(`note <> ''`)
      .map((e) => ({ kind: e.kind, note: e.note, again: writeNote(readNote(e.note)) }))
      .filter((e) => e.again !== e.note);
    expect(differing.slice(0, 5)).toEqual([]);
  });

  it("writes the core's phrases as parts, not as text: dispatch, close, evaluation and extension", () => {
    const expected: Record<string, string> = { dispatch: 'dispatchedTo', close: 'verifiedClosed', evaluate: 'satisfaction', extend_request: 'extensionRequested', extend: 'extensionApproved' };
    const rows = events(`kind IN (${Object.keys(expected).map((k) => `'${k}'`).join(', ')})`);
    expect(rows.length).toBeGreaterThan(0);
    const wrong = rows.filter((e) => readNote(e.note).map((p) => p.kind).join() !== expected[e.kind]).map((e) => `${e.kind}: ${e.note}`);
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('records an extension as a request by the handler, then an approval by the desk for the amount asked', () => {
    const approvals = events(`kind = 'extend'`);
    expect(approvals.length).toBeGreaterThan(0);
    for (const approval of approvals) {
      const request = events(`case_id = ${approval.case_id} AND kind = 'extend_request' AND at < ${approval.at}`).at(-1);
      expect(request, `case ${approval.case_id}`).toBeDefined();
      expect(readNote(approval.note)).toEqual(readNote(request!.note).map((p) => (p.kind === 'extensionRequested' ? { ...p, kind: 'extensionApproved' } : p)));
      // The handler asks; a dispatcher decides.
      expect(approval.actor_name).toMatch(/^调度员 /);
      expect(request!.actor_name).not.toBe(approval.actor_name);
    }
    const extended = db().prepare(`SELECT count(*) FROM case_file WHERE extended = 1`).pluck().get() as number;
    expect(extended).toBe(new Set(approvals.map((a) => a.case_id)).size);
  });

  it('keeps a request the anchor cut off before its decision pending on the case, and only such a request', () => {
    const pending = db()
      .prepare(
        `SELECT c.id, c.extension_request AS request FROM case_file c
          WHERE EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'extend_request')
            AND NOT EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = c.id AND e.kind = 'extend')`,
      )
      .all() as { id: number; request: string | null }[];
    for (const p of pending) {
      expect(p.request, `case ${p.id}`).not.toBeNull();
      const request = JSON.parse(p.request!) as CaseExtensionRequest;
      const asked = events(`case_id = ${p.id} AND kind = 'extend_request'`).at(-1)!;
      expect(request.requestedAt).toBe(asked.at);
      expect(readNote(asked.note)).toEqual([{ kind: 'extensionRequested', amount: request.amount, unit: request.unit }]);
    }
    const others = db().prepare(`SELECT count(*) FROM case_file WHERE extension_request IS NOT NULL`).pluck().get() as number;
    expect(others).toBe(pending.length);
  });
});
