// 楼栋工作日 and 整顿转化 as counts for the wall and the briefing: visits in a period and the
// buildings they reached, the buildings held, and the organisations under an open plan, for
// the street or one community. No cadre, secretary or resident is named.
import type { AssessmentShared } from '../../../shared/partyAssessment';
import { chinaIsoDate } from '../../../shared/periods';
import type { Db } from '../db/database';

export function assessmentShared(db: Db, communityId: number | null, from: string, to: string): AssessmentShared {
  const scope = communityId === null ? '' : 'AND b.grid_id IN (SELECT id FROM grid WHERE community_id = @community)';
  const p = { from, to, ...(communityId === null ? {} : { community: communityId }) };
  const v = db
    .prepare(`SELECT count(*) AS visits, count(DISTINCT v.building_id) AS buildings FROM building_visit v JOIN building b ON b.id = v.building_id WHERE v.visited_on BETWEEN @from AND @to ${scope}`)
    .get(p) as { visits: number; buildings: number };
  const held = db.prepare(`SELECT count(DISTINCT a.building_id) FROM cadre_building a JOIN building b ON b.id = a.building_id WHERE a.released_on IS NULL ${scope}`).pluck().get(p) as number;
  const rectifying = db
    .prepare(`SELECT count(*) FROM rectification_plan r JOIN party_org o ON o.id = r.org_id WHERE r.status = 'open' ${communityId === null ? '' : 'AND o.community_id = @community'}`)
    .pluck()
    .get(communityId === null ? {} : { community: communityId }) as number;
  return { visits: v.visits, buildingsVisited: v.buildings, buildingsHeld: held, rectifying };
}

/** This week in China time: Monday to the day holding `now`. */
export function thisWeek(now: number): { from: string; to: string } {
  const to = chinaIsoDate(now);
  const d = new Date(`${to}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return { from: d.toISOString().slice(0, 10), to };
}
