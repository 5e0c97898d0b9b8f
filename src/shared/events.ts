// Events pushed from the core to every open window (console, wall) over IPC or HTTP.
import type { AlertRule, AlertStatus } from './alerts';
import type { CaseStatus } from './domain';
import type { MatterStage } from './deliberation';
import type { RecordKind } from './registers';
import type { PartyListKind, PartyListStatus } from './partyLists';
import type { JobProgress, SessionStatus } from './views';

export interface EventMap {
  'job.progress': JobProgress;
  'session.changed': { state: SessionStatus['state'] };
  'case.changed': { caseId: number; status: CaseStatus; gridId: number; at: number };
  /** Grids were redrawn (an edit saved or undone): maps reload their grids and counts. */
  'territory.changed': { editId: number; gridIds: number[]; at: number };
  /** A register record was written (resident, household, building, tenant, grid staff post): drawers,
   *  lists and the map reload what shows these buildings and grids. Ids only, never a personal value. */
  'register.changed': { kind: RecordKind; id: number; action: string; buildingIds: number[]; gridIds: number[]; at: number };
  /** An administrator chose another basemap file (or none): maps redraw their basemap. */
  'basemap.changed': { path: string | null; at: number };
  /** An item of the 三张清单 changed (published, claimed, paired, advanced, a contact recorded): lists, drawers, the Party map reload. */
  'partyList.changed': { ids: number[]; kind: PartyListKind; status: PartyListStatus; communityId: number; at: number };
  /** A wish, a 双报到 registration, a service record or a volunteer team or activity was written: lists, drawers and Party figures (wall, briefing) reload. */
  'partyService.changed': { topic: 'wish' | 'dualReport' | 'service' | 'volunteer'; id: number; communityId: number | null; at: number };
  /** Notices were written for these accounts, or one of them read theirs: their bells refresh. */
  'notification.changed': { userIds: number[]; at: number };
  /** A visit, a visit task or the visiting rules changed: care queues, lists and drawers reload (null: everywhere). */
  'care.changed': { householdId: number | null; gridId: number | null; at: number };
  /** A device rule raised an alert: the console's alert list beeps, the wall shows it. Ids only. */
  'alert.raised': { alertId: number; rule: AlertRule; gridId: number | null; at: number };
  /** An alert was acknowledged, dismissed, escalated or resolved (or gained a repeat). */
  'alert.changed': { alertId: number; status: AlertStatus; at: number };
  /** A meeting, its topics or decisions changed: meeting screens and the briefing deck reload. */
  'meeting.changed': { meetingId: number; at: number };
  /** A resident matter (议事) moved a stage or took a discussion: lists and grid/building drawers reload. */
  'matter.changed': { matterId: number; stage: MatterStage; gridId: number; at: number };
  /** A cadre, their share of buildings or a 楼栋工作日 visit changed: the visits map and lists reload. */
  'buildingDay.changed': { cadreId: number; buildingId: number | null; at: number };
  /** A 三会一课 meeting, a rating, a scorecard or a rectification plan was written: assessment tabs, wall and briefing reload. */
  'partyAssessment.changed': { orgId: number; communityId: number | null; at: number };
}
export type EventName = keyof EventMap;
export type EventPayload<E extends EventName> = EventMap[E];
export interface PushedEvent<E extends EventName = EventName> {
  name: E;
  payload: EventMap[E];
}
export const EVENT_NAMES: readonly EventName[] = ['job.progress', 'session.changed', 'case.changed', 'territory.changed', 'register.changed', 'basemap.changed', 'partyList.changed', 'partyService.changed', 'notification.changed', 'care.changed', 'alert.raised', 'alert.changed', 'meeting.changed', 'matter.changed', 'buildingDay.changed', 'partyAssessment.changed'];
/** Events anyone may see before unlocking: first-start progress and lock state. The rest go only to unlocked sessions. */
export const PUBLIC_EVENT_NAMES: readonly EventName[] = ['job.progress', 'session.changed'];
