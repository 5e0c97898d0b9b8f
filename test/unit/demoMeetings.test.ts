// The demo street's meetings, matters, 楼栋工作日 and Party assessment at the small scale every
// end-to-end run uses (0.05) and at a quarter street (0.25): the street's bodies meet whatever the scale,
// each community holds its joint meeting at least every quarter, and the wall's and the deck's
// figures are not zeros: decisions done, late and not started, matters at each of the five
// steps, visits this week, 三会一课 records and ratings, the street's own committee never weak.
import { describe, expect, it } from 'vitest';
import { generatedStreets } from '../helpers/generatedStreets';
import type { Db } from '../../src/main/core/db/database';
import { decisionsMade, meetingsShared } from '../../src/main/core/meetings/sharedFigures';
import { assessmentShared, thisWeek } from '../../src/main/core/partyAssessment/sharedFigures';

/** The e2e anchor: a Wednesday, 10:30 China time. */
const ANCHOR = Date.parse('2026-11-18T10:30:00+08:00');
const STREETS = [
  { scale: 0.05, seed: 7 },
  // A quarter street rather than a whole one: the generator's meeting rules do not depend on
  // the scale beyond the number of communities, and demo.test.ts already pays for one scale-1
  // street (about a minute on this machine; a second cost the suite as much again).
  { scale: 0.25, seed: 2026 },
] as const;

const streets = generatedStreets(STREETS, ANCHOR, 900_000);

const count = (db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args) as number;

describe.each(STREETS.map((s, i) => [`scale ${s.scale}, seed ${s.seed}`, i] as const))('demo meetings at %s', (_name, i) => {
  const db = () => streets[i]!;

  it('holds a year of meetings: the street bodies monthly and fortnightly, each community every quarter', () => {
    const byKind = new Map((db().prepare('SELECT b.kind, count(*) AS n FROM meeting m JOIN meeting_body b ON b.id = m.body_id GROUP BY b.kind').all() as { kind: string; n: number }[]).map((r) => [r.kind, r.n]));
    expect(byKind.get('joint_street')).toBe(12);
    expect(byKind.get('review')).toBe(26);
    const communities = count(db(), 'SELECT count(*) FROM community');
    const perCommunity = db()
      .prepare(`SELECT c.id, (SELECT count(*) FROM meeting m JOIN meeting_body b ON b.id = m.body_id WHERE b.community_id = c.id AND b.kind = 'joint_community') AS joint,
                       (SELECT count(*) FROM meeting m JOIN meeting_body b ON b.id = m.body_id WHERE b.community_id = c.id AND b.kind = 'party_masses') AS masses FROM community c`)
      .all() as { joint: number; masses: number }[];
    expect(perCommunity).toHaveLength(communities);
    for (const c of perCommunity) {
      expect(c.joint).toBeGreaterThanOrEqual(4);
      expect(c.masses).toBe(4);
    }
    // Every meeting within the year before the anchor, each with a decision.
    const held = db().prepare('SELECT min(held_on) AS first, max(held_on) AS last FROM meeting').get() as { first: string; last: string };
    expect(held.first >= '2025-11-18').toBe(true);
    expect(held.last <= '2026-11-18').toBe(true);
    expect(count(db(), 'SELECT count(*) FROM meeting m WHERE NOT EXISTS (SELECT 1 FROM meeting_decision d WHERE d.meeting_id = m.id)')).toBe(0);
  });

  it('has decisions done, in progress, late and not started, and some due within the week', () => {
    const all = decisionsMade(db(), ANCHOR, null, '2000-01-01', '2100-12-31');
    expect(all.done).toBeGreaterThan(0);
    expect(all.late).toBeGreaterThan(0);
    expect(all.notStarted).toBeGreaterThan(0);
    expect(all.inProgress).toBeGreaterThan(0);
    // Most of a year's decisions are carried out; a few are late.
    expect(all.done).toBeGreaterThan(all.late * 3);
    const wall = meetingsShared(db(), ANCHOR, null);
    expect(wall.decisions.late).toBe(all.late);
    expect(wall.decisions.dueSoon).toBeGreaterThan(0);
  });

  it("puts a 督办 follow-up only on a case its history supervises, and the 研判会 has some", () => {
    expect(count(db(), "SELECT count(*) FROM decision_item i JOIN case_file c ON c.id = i.case_id WHERE i.kind = 'supervise' AND c.supervised = 0")).toBe(0);
    expect(count(db(), "SELECT count(*) FROM decision_item WHERE kind = 'supervise'")).toBeGreaterThan(0);
  });

  it('has resident matters at every one of the five steps', () => {
    const m = meetingsShared(db(), ANCHOR, null).matters;
    for (const stage of ['raised', 'discussed', 'decided', 'acting', 'evaluated'] as const) expect(m[stage], stage).toBeGreaterThan(0);
    // The older ones evaluated: more matters have finished than wait at any one step.
    expect(m.evaluated).toBeGreaterThan(m.raised);
    expect(count(db(), 'SELECT count(*) FROM matter')).toBeGreaterThanOrEqual(8 * count(db(), 'SELECT count(*) FROM community'));
  });

  it('has 楼栋工作日 visits this week, 三会一课 records, ratings and a rectification, the street committee never weak', () => {
    const week = thisWeek(ANCHOR);
    const a = assessmentShared(db(), null, week.from, week.to);
    expect(a.visits).toBeGreaterThan(0);
    expect(a.rectifying).toBeGreaterThan(0);
    expect(count(db(), 'SELECT count(*) FROM party_meeting')).toBeGreaterThan(0);
    expect(count(db(), 'SELECT count(*) FROM party_rating')).toBeGreaterThan(0);
    expect(count(db(), "SELECT count(*) FROM party_org WHERE kind = 'street_committee' AND (rating = 'weak' OR under_rectification = 1)")).toBe(0);
  });
});
