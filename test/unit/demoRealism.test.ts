// What a leader would not believe in the demo street (issue 16, item 6), checked over
// several seeds and scales: the street's own Party working committee is never 软弱涣散, no
// branch has more building groups than members of its own, case times are whole
// milliseconds as the schema says, and every service facility belongs to a community.
import { describe, expect, it } from 'vitest';
import { generatedStreets } from '../helpers/generatedStreets';

/** 2026-11-20 15:00 China time; at 20 ms past, so an anchor's own fraction could not hide. */
const ANCHOR = Date.UTC(2026, 10, 20, 7, 0, 0, 20);
const STREETS = [
  { scale: 0.02, seed: 1 },
  { scale: 0.05, seed: 7 },
  { scale: 0.1, seed: 2026 },
] as const;

const streets = generatedStreets(STREETS, ANCHOR);

describe.each(STREETS.map((s, i) => [`scale ${s.scale}, seed ${s.seed}`, i] as const))('demo realism at %s', (_name, i) => {
  const db = () => streets[i]!;

  it('never rates the street working committee 软弱涣散, nor lists it first among weak organisations', () => {
    const street = db().prepare(`SELECT rating, under_rectification AS u FROM party_org WHERE kind = 'street_committee'`).all() as { rating: string; u: number }[];
    expect(street).toHaveLength(1);
    expect(street[0]!.rating).not.toBe('weak');
    expect(street[0]!.u).toBe(0);
    // The order the briefing lists weak organisations in.
    const firstWeak = db().prepare(`SELECT kind FROM party_org WHERE rating = 'weak' ORDER BY under_rectification DESC, level, code LIMIT 1`).pluck().get() as string | undefined;
    expect(firstWeak).not.toBe('street_committee');
  });

  it('gives no branch more building groups than members of its own', () => {
    const rows = db()
      .prepare(
        `SELECT o.name, (SELECT count(*) FROM party_org g WHERE g.parent_id = o.id AND g.kind = 'building_group') AS groups,
                (SELECT count(*) FROM party_member m WHERE m.org_id = o.id) AS members
           FROM party_org o WHERE o.kind IN ('grid_branch', 'estate_branch')`,
      )
      .all() as { name: string; groups: number; members: number }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.groups > r.members)).toEqual([]);
    // Groups are real groups: at least three members each.
    const thin = db().prepare(`SELECT o.name FROM party_org o WHERE o.kind = 'building_group' AND (SELECT count(*) FROM party_member m WHERE m.org_id = o.id) < 3`).all();
    expect(thin).toEqual([]);
  });

  it('stores every case and event time in whole milliseconds', () => {
    const columns = ['reported_at', 'registered_at', 'dispatched_at', 'due_at', 'closed_at', 'evaluated_at', 'updated_at'];
    for (const c of columns) {
      const fractional = db().prepare(`SELECT count(*) FROM case_file WHERE ${c} IS NOT NULL AND (typeof(${c}) <> 'integer' OR ${c} <> CAST(${c} AS INTEGER))`).pluck().get();
      expect({ column: c, fractional }).toEqual({ column: c, fractional: 0 });
    }
    const events = db().prepare(`SELECT count(*) FROM case_event WHERE typeof(at) <> 'integer'`).pluck().get();
    expect(events).toBe(0);
    expect(db().prepare('SELECT count(*) FROM case_file').pluck().get()).toBeGreaterThan(0);
  });

  it('puts every service facility in a community, the one its grid belongs to', () => {
    const rows = db().prepare('SELECT f.name, f.community_id AS c, g.community_id AS gc FROM facility f JOIN grid g ON g.id = f.grid_id').all() as { name: string; c: number | null; gc: number }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.c === null || r.c !== r.gc)).toEqual([]);
  });
});
