// Closed vocabularies shared by the core, the API and the UI. Labels live in the
// renderer's message catalog; these are the stored identifiers.
/** community: 社区工作人员, a community's own staff; an account of any role may also be scoped to one community. */
export const ROLES = ['admin', 'dispatcher', 'operator', 'leader', 'handler', 'community'] as const;
export type Role = (typeof ROLES)[number];

export const BUILDING_USES = ['residential', 'commercial', 'mixed', 'office', 'public', 'industrial'] as const;
export type BuildingUse = (typeof BUILDING_USES)[number];

export const RESIDENT_TAGS = ['elderly_alone', 'no_lift_elderly', 'disabled', 'low_income', 'key_care'] as const;
export type ResidentTag = (typeof RESIDENT_TAGS)[number];

export const STAFF_ROLES = ['grid_head', 'grid_worker', 'building_head', 'volunteer'] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

export const PARTY_ORG_KINDS = [
  'street_committee',
  'community_committee',
  'grid_branch',
  'estate_branch',
  'building_group',
  'resident_unit',
  'two_new',
  'commercial_building',
  'market',
  'joint_branch',
  'temporary_group',
] as const;
export type PartyOrgKind = (typeof PARTY_ORG_KINDS)[number];

export const PARTY_ORG_RATINGS = ['advanced', 'good', 'average', 'weak'] as const;
export type PartyOrgRating = (typeof PARTY_ORG_RATINGS)[number];

export const PARTY_MEMBER_CATEGORIES = ['employed', 'retired', 'mobile', 'two_new'] as const;
export type PartyMemberCategory = (typeof PARTY_MEMBER_CATEGORIES)[number];

export const DUAL_REPORT_STATES = ['registered', 'pending', 'not_required'] as const;
export type DualReportState = (typeof DUAL_REPORT_STATES)[number];

export const FACILITY_KINDS = ['party_service_center', 'convenience_station', 'volunteer_point'] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const CREDIT_GRADES = ['A', 'B', 'C', 'D'] as const;
export type CreditGrade = (typeof CREDIT_GRADES)[number];

export const CASE_SOURCES = ['patrol', 'resident', 'hotline', 'sensor', 'leader'] as const;
export type CaseSource = (typeof CASE_SOURCES)[number];

export const CASE_CLASSES = ['component', 'event'] as const;
export type CaseClass = (typeof CASE_CLASSES)[number];

export const CASE_STATUSES = [
  'reported',
  'registered',
  'dispatched',
  'handling',
  'awaiting_verification',
  'closed',
  'cancelled',
  'suspended',
  'escalated',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
/** Statuses in which a case is still someone's work. */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['reported', 'registered', 'dispatched', 'handling', 'awaiting_verification'];
/**
 * Statuses in which a case is not resolved: the open ones, and those set aside unresolved,
 * 挂账 (suspended) and 上报 (escalated to the district). The indicators count these as not
 * closed, and a grid edit moves them with the land they lie on, as it moves open cases:
 * the work is still the grid's when the case comes back.
 */
export const UNRESOLVED_CASE_STATUSES: readonly CaseStatus[] = [...OPEN_CASE_STATUSES, 'suspended', 'escalated'];

/** What happened to a case (case_event.kind): the workflow's transitions and its side paths. */
export const CASE_EVENT_KINDS = [
  'report', // 信息收集: null → reported
  'register', // 立案: reported → registered
  'cancel', // 作废: reported → cancelled
  'dispatch', // 派遣: registered → dispatched
  'return', // 退回: dispatched → registered (not the department's duty)
  'accept', // 签收, handling starts: dispatched → handling
  'extend', // 延期 approved: handling → handling
  'supervise', // 督办: status unchanged
  'feedback', // 反馈: handling → awaiting_verification
  'verify_fail', // 核查不通过, rework: awaiting_verification → handling
  'close', // 核查通过, 结案: awaiting_verification → closed
  'evaluate', // 群众评价: closed → closed
  'suspend', // 挂账: handling → suspended
  'escalate', // 上报区级: handling → escalated
  'merge', // 合并: a duplicate is cancelled into another case: reported/registered → cancelled
  'extend_request', // 申请延期: status unchanged, waits for a decision
  'extend_refuse', // 不批准延期: status unchanged
  'reassign', // 改派: dispatched/handling → dispatched, to another handler
] as const;
export type CaseEventKind = (typeof CASE_EVENT_KINDS)[number];

export const OVERLAY_KINDS = ['buildings', 'households', 'partyOrgs', 'tenants', 'cases', 'facilities'] as const;
export type OverlayKind = (typeof OVERLAY_KINDS)[number];

/**
 * Who acted on a case, as a role the UI names in its language (the stored actor label is
 * "<role> <name>" in Chinese, or a source that is no person: the hotline, the sensors).
 * Departments are named organisations and carry no role.
 */
export const ACTOR_ROLES = ['resident', 'anonymous_resident', 'grid_worker', 'grid_head', 'dispatcher', 'operator', 'leader', 'community', 'admin', 'hotline', 'sensor', 'deadline_chase'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

/** Traffic light of an open case against its due time. */
export type CaseLight = 'green' | 'yellow' | 'red';
