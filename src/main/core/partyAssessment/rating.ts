// The yearly rating and the 联述联评联考 scorecard. The rating's grade follows from the sum of
// its criteria (RATING_BANDS); the organisation's current rating (party_org.rating) is the
// latest year's record, so the register shows what the records say and the years stay.
import type { z } from 'zod';
import { RATING_CRITERIA, ratingFor, SCORECARD_CRITERIA, SCORECARD_KINDS, scorecardGrade, type rateInput, type scorecardInput } from '../../../shared/partyAssessment';
import type { PartyOrgRating } from '../../../shared/domain';
import type { UserView } from '../../../shared/views';
import { appendAudit } from '../audit';
import { refuse } from '../buildingDays/errors';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { requireOrg } from './access';

export function ratingTotal(scores: Record<(typeof RATING_CRITERIA)[number], number>): number {
  return RATING_CRITERIA.reduce((sum, c) => sum + scores[c], 0);
}

function checkYear(year: number, foundedOn: string, now: number): void {
  const current = Number(shanghaiDate(now).slice(0, 4));
  if (year > current) throw refuse('invalid_input', 'year', `is after this year (${current}): a year is rated when it has been worked`, 'year_in_future');
  if (year < Number(foundedOn.slice(0, 4))) throw refuse('invalid_input', 'year', `is before the organisation was founded (${foundedOn})`);
}

export function rateOrg(db: Db, input: z.output<typeof rateInput>, user: UserView, now: number): { rating: PartyOrgRating; total: number } {
  return db.transaction(() => {
    const org = requireOrg(db, input.orgId, user, 'orgId', true);
    if (org.kind === 'street_committee') throw refuse('invalid_input', 'orgId', 'names the street working committee (街道党工委): it rates the others and is rated by the district', 'org_root_not_rated');
    checkYear(input.year, org.founded_on, now);
    const total = ratingTotal(input.scores);
    const rating = ratingFor(total);
    const open = db.prepare("SELECT id FROM rectification_plan WHERE org_id = ? AND status = 'open'").pluck().get(org.id) as number | undefined;
    if (open !== undefined && rating !== 'weak') {
      throw refuse('conflict', 'scores', `give ${total} (${rating}) while rectification plan ${open} is open: close the plan with its result first`, 'plan_open');
    }
    const before = db.prepare('SELECT rating, total FROM party_rating WHERE org_id = ? AND year = ?').get(org.id, input.year) as { rating: PartyOrgRating; total: number } | undefined;
    db.prepare(
      `INSERT INTO party_rating (org_id, year, scores, total, rating, note, rated_by, rated_at) VALUES (@org, @year, @scores, @total, @rating, @note, @by, @now)
       ON CONFLICT (org_id, year) DO UPDATE SET scores = excluded.scores, total = excluded.total, rating = excluded.rating, note = excluded.note, rated_by = excluded.rated_by, rated_at = excluded.rated_at`,
    ).run({ org: org.id, year: input.year, scores: JSON.stringify(input.scores), total, rating, note: input.note ?? '', by: user.id, now });
    const latest = db.prepare('SELECT rating FROM party_rating WHERE org_id = ? ORDER BY year DESC LIMIT 1').pluck().get(org.id) as PartyOrgRating;
    db.prepare('UPDATE party_org SET rating = ? WHERE id = ?').run(latest, org.id);
    appendAudit(db, now, { userId: user.id, action: 'partyOrg.rate', entity: 'party_org', entityId: org.id, detail: { year: input.year, total, rating, before: before ?? null, scores: input.scores } });
    return { rating, total };
  })();
}

export function scoreUnit(db: Db, input: z.output<typeof scorecardInput>, user: UserView, now: number): void {
  db.transaction(() => {
    const org = requireOrg(db, input.orgId, user, 'orgId', true);
    if (!SCORECARD_KINDS.includes(org.kind)) throw refuse('invalid_input', 'orgId', `is a ${org.kind}: 联述联评联考 scorecards are for resident units, 两新, 楼宇 and market organisations`, 'not_a_unit');
    checkYear(input.year, org.founded_on, now);
    const total = SCORECARD_CRITERIA.reduce((s, c) => s + input.scores[c], 0);
    db.prepare(
      `INSERT INTO unit_scorecard (org_id, year, scores, total, grade, note, scored_by, scored_at) VALUES (@org, @year, @scores, @total, @grade, @note, @by, @now)
       ON CONFLICT (org_id, year) DO UPDATE SET scores = excluded.scores, total = excluded.total, grade = excluded.grade, note = excluded.note, scored_by = excluded.scored_by, scored_at = excluded.scored_at`,
    ).run({ org: org.id, year: input.year, scores: JSON.stringify(input.scores), total, grade: scorecardGrade(total), note: input.note ?? '', by: user.id, now });
    appendAudit(db, now, { userId: user.id, action: 'partyOrg.scorecard', entity: 'party_org', entityId: org.id, detail: { year: input.year, total, scores: input.scores } });
  })();
}
