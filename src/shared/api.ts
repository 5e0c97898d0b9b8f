// The API contract: one map from method name (noun.verb) to its input schema and output
// type. The core's handler map is typed against it, both transports serve it, and the
// renderer's client calls it, so the three cannot drift apart.
import { z } from 'zod';
import { OVERLAY_KINDS } from './domain';
import {
  changePasswordInput,
  settingsSaveInput,
  userCreateInput,
  userLiftLockoutInput,
  userResetPasswordInput,
  userUpdateInput,
  type AccountView,
  type OfficeSettingsView,
} from './accounts';
import { briefingInput, type BriefingDeck } from './briefing';
import type { MapBuildings } from './buildingCodec';
import { INDICATOR_GROUP_BYS, type IndicatorRow } from './indicators';
import {
  calendarDayInput,
  caseActionInput,
  caseBulkAssignInput,
  caseDuplicatesInput,
  caseQueueInput,
  caseReportInput,
  dispatchRuleInput,
  type AssigneeOption,
  type BulkAssignResult,
  type CalendarDayView,
  type CaseAttachmentView,
  type CaseQueueResult,
  type CaseReportResult,
  type CategoryNode,
  type DispatchRuleView,
  type DuplicateCandidate,
  type HandlerSuggestion,
  type RecordedCaseDetail,
} from './cases';
import type {
  BuildingDetail,
  CaseDetail,
  CommunityDetail,
  FacilityDetail,
  GridDetail,
  MapBase,
  PlaceAt,
  OverlayPayload,
  PartyOrgDetail,
  SearchHit,
  SessionStatus,
  StreetSummary,
  TenantDetail,
  UnlockResult,
} from './views';
import {
  gridPreviewInput,
  gridSaveInput,
  gridUndoInput,
  type GridEditPreview,
  type GridEditRecord,
  type GridEditSaved,
  type StaffReviewView,
  type StreetValidation,
} from './gridEdit';
import { caseHeatInput, coverageInput, thematicGridsInput, type CaseHeat, type CoverageResult, type ThematicGrids } from './thematic';
import { wallDeltaInput, wallSnapshotInput, type WallDelta, type WallSnapshot } from './wall';
import { epochMs as epochMsRule, latitude, longitude, text, TEXT_LIMITS, wholeIn } from './inputRules';
import { revealInput, type AccessPolicyView, type RevealedPerson } from './access';
import { orgRegisterSchemas, partyMemberListInput, type DepartmentList, type OrgRegisterOutputs, type PartyMemberList } from './orgRegisters';
import { registerImportSchemas, type RegisterImportOutputs } from './registerImport';
import { backupSchemas, type BackupOutputs } from './backup';
import { gisSchemas, type GisOutputs } from './gis';
import { devicesSchemas, type DevicesOutputs } from './devices';
import { alertsSchemas, type AlertsOutputs } from './alerts';
import { careSchemas, type CareOutputs } from './care';
import { notificationSchemas, type NotificationOutputs } from './notifications';
import { basemapSchemas, type BasemapOutputs } from './basemap';
import { partyListSchemas, type PartyListOutputs } from './partyLists';
import { meetingSchemas, type MeetingOutputs } from './meetings';
import { deliberationSchemas, type DeliberationOutputs } from './deliberation';
import { wishSchemas, type WishOutputs } from './wishes';
import { partyServiceSchemas, type PartyServiceOutputs } from './partyService';
import { buildingDaySchemas, type BuildingDayOutputs } from './buildingDays';
import { partyAssessmentSchemas, type PartyAssessmentOutputs } from './partyAssessment';
import { partyFigureSchemas, type PartyFigureOutputs } from './partyFigures';
import { newStreetSchemas, type NewStreetOutputs } from './newStreet';
import {
  buildingUpdateInput,
  householdCreateInput,
  householdStatusInput,
  householdUpdateInput,
  recordHistoryInput,
  residentAddInput,
  residentLeaveInput,
  residentMoveInput,
  residentUpdateInput,
  staffAssignInput,
  staffReplaceInput,
  staffVacateInput,
  tenantMoveInput,
  tenantOpenInput,
  tenantStatusInput,
  tenantUpdateInput,
  type RecordHistory,
  type RegisterWriteResult,
} from './registers';
import { SEARCH_HIT_KINDS } from './views';

const id = z.number({ error: 'must be a number' }).int('must be a whole number').positive('must be positive');
const byId = z.strictObject({ id });
const empty = z.strictObject({});
const epochMs = epochMsRule();
const DAY_MS = 86_400_000;
const indicatorScope = z.discriminatedUnion(
  'kind',
  [z.strictObject({ kind: z.literal('street') }), z.strictObject({ kind: z.enum(['community', 'grid', 'category', 'department', 'staff']), id })],
  { error: 'must be one of street, community, grid, category, department, staff' },
);

export const apiSchemas = {
  'session.status': empty,
  'auth.unlock': z.strictObject({
    username: z.string().trim().min(1, 'is required').max(64, 'is too long'),
    password: z.string().min(1, 'is required').max(256, 'is too long'),
  }),
  'auth.lock': empty,
  'auth.changePassword': changePasswordInput,
  'user.list': empty,
  'user.create': userCreateInput,
  'user.update': userUpdateInput,
  'user.resetPassword': userResetPasswordInput,
  'user.liftLockout': userLiftLockoutInput,
  'settings.get': empty,
  'settings.save': settingsSaveInput,
  'street.summary': empty,
  'map.base': empty,
  'map.buildings': empty,
  'map.overlay': z.strictObject({ kind: z.enum(OVERLAY_KINDS, { error: `must be one of ${OVERLAY_KINDS.join(', ')}` }) }),
  'building.detail': byId,
  'grid.detail': byId,
  'community.detail': byId,
  'partyOrg.detail': byId,
  'tenant.detail': byId,
  'case.detail': byId,
  'facility.detail': byId,
  'search.query': z.strictObject({
    q: text(TEXT_LIMITS.query, { min: 1 }),
    limit: wholeIn(1, 50).optional(),
    /** "More": hits of the asked kinds after the first `offset` (paging ends at the count cap, 1000). */
    offset: wholeIn(0, 1000).optional(),
    kinds: z.array(z.enum(SEARCH_HIT_KINDS)).min(1).max(SEARCH_HIT_KINDS.length).optional(),
  }),
  'place.at': z.strictObject({ lng: longitude(), lat: latitude() }),
  'case.queue': caseQueueInput,
  'case.categories': empty,
  'case.report': caseReportInput,
  'case.duplicates': caseDuplicatesInput,
  'case.act': caseActionInput,
  'case.suggest': z.strictObject({ caseId: id }),
  'case.assignees': z.strictObject({ gridId: id.optional() }),
  'case.bulkAssign': caseBulkAssignInput,
  'case.attachments': z.strictObject({ caseId: id }),
  'dispatchRule.list': empty,
  'dispatchRule.save': dispatchRuleInput,
  'dispatchRule.delete': byId,
  'calendar.list': z.strictObject({ year: wholeIn(2000, 2100) }),
  'calendar.save': calendarDayInput,
  'indicators.compute': z
    .strictObject({
      from: epochMs,
      to: epochMs,
      scope: indicatorScope.optional(),
      groupBy: z.enum(INDICATOR_GROUP_BYS, { error: `must be one of ${INDICATOR_GROUP_BYS.join(', ')}` }).optional(),
    })
    .refine((q) => q.from < q.to, { path: ['to'], message: 'must be after from' }),
  'ledger.export': z
    .strictObject({ from: epochMs, to: epochMs, categoryId: id.optional() })
    .refine((q) => q.from < q.to, { path: ['to'], message: 'must be after from' })
    .refine((q) => q.to - q.from <= 366 * DAY_MS, { path: ['to'], message: 'must be at most 366 days after from' }),
  'briefing.build': briefingInput,
  'job.cancel': z.strictObject({ jobId: z.string().uuid('must be a job id') }),
  'wall.snapshot': wallSnapshotInput,
  'wall.delta': wallDeltaInput,
  'grid.preview': gridPreviewInput,
  'grid.save': gridSaveInput,
  'grid.undo': gridUndoInput,
  'grid.history': empty,
  'grid.validate': empty,
  'grid.staffReviews': empty,
  'grid.resolveStaffReview': byId,
  'thematic.grids': thematicGridsInput,
  'thematic.caseHeat': caseHeatInput,
  'coverage.compute': coverageInput,
  'person.reveal': revealInput,
  'access.policy': empty,
  ...registerImportSchemas,
  ...backupSchemas,
  ...gisSchemas,
  ...devicesSchemas,
  ...alertsSchemas,
  ...careSchemas,
  ...notificationSchemas,
  ...basemapSchemas,
  ...partyListSchemas,
  ...meetingSchemas,
  ...deliberationSchemas,
  ...wishSchemas,
  ...partyServiceSchemas,
  ...buildingDaySchemas,
  ...partyAssessmentSchemas,
  ...partyFigureSchemas,
  ...newStreetSchemas,
  // Registers (台账): writes by the role matrix in core/access/registerWrites.ts, and 变更记录.
  'resident.add': residentAddInput,
  'resident.update': residentUpdateInput,
  'resident.move': residentMoveInput,
  'resident.leave': residentLeaveInput,
  'household.create': householdCreateInput,
  'household.update': householdUpdateInput,
  'household.setStatus': householdStatusInput,
  'building.update': buildingUpdateInput,
  'tenant.open': tenantOpenInput,
  'tenant.update': tenantUpdateInput,
  'tenant.move': tenantMoveInput,
  'tenant.setStatus': tenantStatusInput,
  'staff.assign': staffAssignInput,
  'staff.replace': staffReplaceInput,
  'staff.vacate': staffVacateInput,
  ...orgRegisterSchemas,
  'record.history': recordHistoryInput,
  'department.list': empty,
  'partyMember.list': partyMemberListInput,
} as const;

export type ApiMethod = keyof typeof apiSchemas;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]>;

export interface ApiOutputs extends RegisterImportOutputs, OrgRegisterOutputs, BackupOutputs, GisOutputs, DevicesOutputs, AlertsOutputs, BasemapOutputs, PartyListOutputs, MeetingOutputs, DeliberationOutputs, CareOutputs, NotificationOutputs, WishOutputs, PartyServiceOutputs, BuildingDayOutputs, PartyAssessmentOutputs, PartyFigureOutputs, NewStreetOutputs {
  'session.status': SessionStatus;
  'auth.unlock': UnlockResult;
  'auth.lock': { locked: true };
  'auth.changePassword': { changed: true };
  'user.list': AccountView[];
  'user.create': AccountView;
  'user.update': AccountView;
  'user.resetPassword': AccountView;
  'user.liftLockout': AccountView;
  'settings.get': OfficeSettingsView;
  'settings.save': OfficeSettingsView;
  'street.summary': StreetSummary;
  'map.base': MapBase;
  'map.buildings': MapBuildings;
  'map.overlay': OverlayPayload;
  'building.detail': BuildingDetail;
  'grid.detail': GridDetail;
  'community.detail': CommunityDetail;
  'partyOrg.detail': PartyOrgDetail;
  'tenant.detail': TenantDetail;
  'case.detail': RecordedCaseDetail;
  'facility.detail': FacilityDetail;
  'search.query': SearchHit[];
  'place.at': PlaceAt;
  'case.queue': CaseQueueResult;
  'case.categories': CategoryNode[];
  'case.report': CaseReportResult;
  'case.duplicates': DuplicateCandidate[];
  'case.act': RecordedCaseDetail;
  'case.suggest': HandlerSuggestion;
  'case.assignees': AssigneeOption[];
  'case.bulkAssign': BulkAssignResult;
  'case.attachments': CaseAttachmentView[];
  'dispatchRule.list': DispatchRuleView[];
  'dispatchRule.save': DispatchRuleView;
  'dispatchRule.delete': { deleted: true };
  'calendar.list': CalendarDayView[];
  'calendar.save': CalendarDayView[];
  'indicators.compute': IndicatorRow[];
  'ledger.export': ExportedFile;
  'briefing.build': BriefingDeck;
  'job.cancel': { cancelled: boolean };
  'wall.snapshot': WallSnapshot;
  'wall.delta': WallDelta;
  'grid.preview': GridEditPreview;
  'grid.save': GridEditSaved;
  'grid.undo': { undone: true };
  'grid.history': GridEditRecord[];
  'grid.validate': StreetValidation;
  'grid.staffReviews': StaffReviewView[];
  'grid.resolveStaffReview': { resolved: true };
  'thematic.grids': ThematicGrids;
  'thematic.caseHeat': CaseHeat;
  'coverage.compute': CoverageResult;
  'person.reveal': RevealedPerson;
  'access.policy': AccessPolicyView;
  'resident.add': RegisterWriteResult;
  'resident.update': RegisterWriteResult;
  'resident.move': RegisterWriteResult;
  'resident.leave': RegisterWriteResult;
  'household.create': RegisterWriteResult;
  'household.update': RegisterWriteResult;
  'household.setStatus': RegisterWriteResult;
  'building.update': RegisterWriteResult;
  'tenant.open': RegisterWriteResult;
  'tenant.update': RegisterWriteResult;
  'tenant.move': RegisterWriteResult;
  'tenant.setStatus': RegisterWriteResult;
  'staff.assign': RegisterWriteResult;
  'staff.replace': RegisterWriteResult;
  'staff.vacate': RegisterWriteResult;
  'record.history': RecordHistory;
  'department.list': DepartmentList;
  'partyMember.list': PartyMemberList;
}

/** A file made by the core, carried as base64 so both transports (IPC, JSON over HTTP) can hold it. */
export interface ExportedFile {
  fileName: string;
  mime: string;
  base64: string;
}

// Compile-time check that schemas and outputs name the same methods.
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
export const contractIsComplete: SameKeys<typeof apiSchemas, ApiOutputs> = true;

export type ApiOutput<M extends ApiMethod> = ApiOutputs[M];

/** Methods a caller may use without an unlocked session. */
/** device.ingest needs no session but a device source's key (the LAN endpoint, checked in its handler). */
/** firstStart.create answers only while the data directory holds no street (the core refuses it otherwise). */
export const PUBLIC_METHODS: readonly ApiMethod[] = ['session.status', 'auth.unlock', 'device.ingest', 'firstStart.create'];

export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiSchemas, name);
}
