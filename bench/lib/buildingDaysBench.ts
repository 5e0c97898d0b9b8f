// 楼栋工作日 and 组织考评 at the bench's street: the visits map for a month (every held building
// with its visits, street-wide), the leader's own overdue list, the 三会一课 due list and the
// assessment overview of every organisation. Each is answered on the query thread: the
// medians say whether that stays well under 50 ms at scale 1.
import type { ApiResult } from '../../src/shared/errors';
import type { VisitMap } from '../../src/shared/buildingDays';
import type { AssessmentRow, MeetingDue } from '../../src/shared/partyAssessment';
import { chinaIsoDate } from '../../src/shared/periods';
import { medianOf } from './measure';

type Call = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

function unwrap<T>(r: ApiResult<unknown>, what: string): T {
  if (!r.ok) throw new Error(`${what}: ${r.error.code}: ${r.error.message}`);
  return r.result as T;
}

export interface BuildingDaysBench {
  'buildingDay.map month': { medianMs: number; runsMs: number[]; buildings: number; visited: number; jsonBytes: number };
  'buildingDay.mine': { medianMs: number; overdue: number };
  'partyAssessment.due': { medianMs: number; reminders: number };
  'partyAssessment.overview': { medianMs: number; orgs: number };
}

/** `leader` calls as the demo leader (a cadre, street-wide). */
export async function benchBuildingDays(leader: Call, now: number): Promise<BuildingDaysBench> {
  const month = { from: chinaIsoDate(now - 30 * 86_400_000), to: chinaIsoDate(now) };
  let map: VisitMap | null = null;
  const mapTime = await medianOf(7, async () => {
    map = unwrap<VisitMap>(await leader('buildingDay.map', month), 'buildingDay.map');
  });
  const m = map as VisitMap | null;
  let overdue = 0;
  const mine = await medianOf(5, async () => {
    overdue = unwrap<{ overdue: unknown[] }>(await leader('buildingDay.mine', {}), 'buildingDay.mine').overdue.length;
  });
  let reminders = 0;
  const due = await medianOf(5, async () => {
    reminders = unwrap<MeetingDue[]>(await leader('partyAssessment.due', {}), 'partyAssessment.due').length;
  });
  let orgs = 0;
  const overview = await medianOf(5, async () => {
    orgs = unwrap<AssessmentRow[]>(await leader('partyAssessment.overview', {}), 'partyAssessment.overview').length;
  });
  return {
    'buildingDay.map month': { ...mapTime, buildings: m?.buildingIds.length ?? 0, visited: m?.visited ?? 0, jsonBytes: Buffer.byteLength(JSON.stringify(m)) },
    'buildingDay.mine': { medianMs: mine.medianMs, overdue },
    'partyAssessment.due': { medianMs: due.medianMs, reminders },
    'partyAssessment.overview': { medianMs: overview.medianMs, orgs },
  };
}
