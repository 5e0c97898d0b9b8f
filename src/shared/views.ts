// What the API returns: domain entities as the UI sees them (camelCase), never raw rows.
import type { ActorLabel, NotePart } from './caseNotes';
import type { Assignee, CaseActionName, WorkUnit } from './cases';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import type {
  BuildingUse,
  CaseClass,
  CaseLight,
  CaseSource,
  CaseStatus,
  CreditGrade,
  DualReportState,
  FacilityKind,
  OverlayKind,
  PartyMemberCategory,
  PartyOrgKind,
  PartyOrgRating,
  ResidentTag,
  Role,
  StaffRole,
} from './domain';

export type LngLat = [number, number];
export type BBox = [number, number, number, number];

export interface UserView {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  /** Set when the account sees and changes only this community (enforced in the core). */
  communityId: number | null;
  /** A new or reset account must choose its own password before anything else. */
  mustChangePassword: boolean;
}

export interface JobProgress {
  jobId: string;
  kind: 'demo' | 'import' | 'export' | 'backup' | 'briefing' | 'validation';
  /** 0..1 */
  fraction: number;
  stage: string;
  state: 'running' | 'done' | 'failed' | 'cancelled';
  error?: string;
  /** The account that started it (an export, a briefing): only it may cancel, and its windows show it. */
  userId?: number;
}

/** Why a data directory cannot be opened. StreetOps never replaces or recreates files to get past one. */
export const START_PROBLEMS = [
  'keyring_missing', // database files without keyring.json
  'keyring_unreadable', // keyring.json is not a StreetOps keyring
  'database_missing', // keyring.json without streetops.db
  'database_empty', // streetops.db is 0 bytes
  'database_truncated', // streetops.db is not a whole number of pages
  'database_damaged', // the integrity check failed at unlock
  'no_street', // an empty data directory and no demo configured
] as const;
export type StartProblemCode = (typeof START_PROBLEMS)[number];

export interface StartProblem {
  code: StartProblemCode;
  /** English, with the file names and what to do; the UI words the code itself. */
  message: string;
  dataDir: string;
}

export interface SessionStatus {
  /** preparing: first start, the demo street is being generated; locked: waiting for a password;
   *  unavailable: the data directory cannot be opened (see problem); empty: no street yet, the
   *  first screen offers the demo or a new street (firstStart.create). */
  state: 'preparing' | 'locked' | 'unlocked' | 'unavailable' | 'empty';
  /** With state 'empty': the data directory a street will be made in, and whether the demo is offered. */
  firstStart?: { dataDir: string; demo: boolean };
  job?: JobProgress;
  user?: UserView;
  streetName?: string;
  problem?: StartProblem;
  /** Minutes of inactivity after which the console locks itself (office setting). */
  idleMinutes?: number;
  /** The core's clock (epoch ms): screens take "today" from it, not from the browser's own
   *  clock, which on a wall PC may be off and in tests is not the demo street's anchor. */
  now: number;
}

export interface UnlockResult {
  token: string;
  user: UserView;
  streetName: string;
  idleMinutes: number;
  /** The core's clock at unlock (see SessionStatus.now). */
  now: number;
}

export interface StreetSummary {
  name: string;
  code: string;
  district: string;
  city: string;
  areaKm2: number;
  center: LngLat;
  bbox: BBox;
  communities: number;
  grids: number;
  buildings: number;
  households: number;
  residents: number;
  tenants: number;
  partyOrgs: number;
  partyMembers: number;
  openCases: number;
  overdueCases: number;
}

export interface GridFeatureProps {
  id: number;
  code: string;
  name: string;
  communityId: number;
  communityName: string;
  /** Index into the UI's community palette. */
  colorIndex: number;
  households: number;
  openCases: number;
  overdueCases: number;
}

export interface CommunityFeatureProps {
  id: number;
  code: string;
  name: string;
  colorIndex: number;
}

export interface BuildingFeatureProps {
  id: number;
  name: string;
  use: BuildingUse;
  floors: number;
  households: number;
  tenants: number;
}

/** The street itself and its basemap: everything the map needs before any overlay. */
export interface MapBase {
  street: StreetSummary;
  boundary: FeatureCollection<Polygon>;
  communities: FeatureCollection<Polygon, CommunityFeatureProps>;
  grids: FeatureCollection<Polygon, GridFeatureProps>;
  gridLabels: FeatureCollection<Point, GridFeatureProps>;
  communityLabels: FeatureCollection<Point, CommunityFeatureProps>;
  roads: FeatureCollection<LineString, { name: string; kind: 'main' | 'secondary' | 'branch' }>;
  water: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
  green: FeatureCollection<Polygon | MultiPolygon, { name: string }>;
}

export interface HouseholdPointProps {
  buildingId: number;
  households: number;
  residents: number;
}
export interface PartyOrgPointProps {
  id: number;
  name: string;
  kind: PartyOrgKind;
  level: number;
  rating: PartyOrgRating;
}
export interface TenantPointProps {
  id: number;
  name: string;
  category: string;
  covered: boolean;
}
export interface CasePointProps {
  id: number;
  code: string;
  status: CaseStatus;
  light: CaseLight;
  categoryName: string;
  /** The subcategory's catalogue code. */
  categoryCode: string;
  supervised: boolean;
}
export interface FacilityPointProps {
  id: number;
  name: string;
  kind: FacilityKind;
}

export interface OverlayPropsByKind {
  buildings: BuildingFeatureProps;
  households: HouseholdPointProps;
  partyOrgs: PartyOrgPointProps;
  tenants: TenantPointProps;
  cases: CasePointProps;
  facilities: FacilityPointProps;
}

export interface OverlayPayload<K extends OverlayKind = OverlayKind> {
  kind: K;
  features: FeatureCollection<Point | Polygon, OverlayPropsByKind[K]>;
}

export interface CaseBrief {
  id: number;
  code: string;
  status: CaseStatus;
  light: CaseLight;
  /** The subcategory's catalogue code (the UI names it in its language) and stored name. */
  categoryCode: string;
  categoryName: string;
  caseClass: CaseClass;
  source: CaseSource;
  address: string;
  reportedAt: number;
  dueAt: number | null;
  supervised: boolean;
}

export interface ResidentBrief {
  id: number;
  name: string;
  gender: 'M' | 'F';
  age: number;
  relation: string;
  /** Masked: only the first 6 and last 4 characters are shown. */
  idNumberMasked: string;
  phone: string | null;
  tags: ResidentTag[];
  isPartyMember: boolean;
}

export interface HouseholdView {
  id: number;
  unit: number;
  floor: number;
  room: string;
  address: string;
  tenure: 'owner' | 'renter' | 'public';
  /** 在住 / 迁出 / 空置. */
  status: 'occupied' | 'moved_out' | 'vacant';
  members: ResidentBrief[];
}

export interface TenantBrief {
  id: number;
  name: string;
  category: string;
  floor: number;
  employees: number;
  creditGrade: CreditGrade;
  coveringOrgName: string | null;
}

export interface PartyOrgBrief {
  id: number;
  name: string;
  kind: PartyOrgKind;
  level: number;
  rating: PartyOrgRating;
}

export interface GridRef {
  id: number;
  code: string;
  name: string;
  communityId: number;
  communityName: string;
}

export interface BuildingDetail {
  kind: 'building';
  id: number;
  code: string;
  name: string;
  address: string;
  floors: number;
  use: BuildingUse;
  hasLift: boolean;
  builtYear: number;
  center: LngLat;
  grid: GridRef;
  householdCount: number;
  residentCount: number;
  households: HouseholdView[];
  tenants: TenantBrief[];
  partyOrgs: PartyOrgBrief[];
  openCases: CaseBrief[];
}

export interface StaffView {
  id: number;
  role: StaffRole;
  name: string;
  phone: string;
  isPartyMember: boolean;
  buildingName: string | null;
}

export interface GridCounts {
  buildings: number;
  households: number;
  residents: number;
  tenants: number;
  partyMembers: number;
  elderlyAlone: number;
  openCases: number;
  overdueCases: number;
  casesLast30Days: number;
}

export interface GridDetail {
  kind: 'grid';
  id: number;
  code: string;
  name: string;
  community: { id: number; name: string };
  center: LngLat;
  bbox: BBox;
  staff: StaffView[];
  /** 11XN: grid heads, grid workers, building heads, volunteers. */
  staffCounts: Record<StaffRole, number>;
  counts: GridCounts;
  partyOrgs: PartyOrgBrief[];
  openCases: CaseBrief[];
}

export interface CommunityDetail {
  kind: 'community';
  id: number;
  code: string;
  name: string;
  center: LngLat;
  bbox: BBox;
  grids: number;
  counts: GridCounts;
  partyOrg: PartyOrgBrief | null;
}

export interface PartyOrgDetail {
  kind: 'partyOrg';
  id: number;
  code: string;
  name: string;
  orgKind: PartyOrgKind;
  level: number;
  rating: PartyOrgRating;
  underRectification: boolean;
  foundedOn: string;
  secretaryName: string;
  secretaryPhone: string;
  center: LngLat;
  parent: PartyOrgBrief | null;
  children: PartyOrgBrief[];
  memberCount: number;
  membersByCategory: Record<PartyMemberCategory, number>;
  dualReport: Record<DualReportState, number>;
  coveredTenants: number;
  building: { id: number; name: string; address: string } | null;
  /** What it covers (party_org_coverage): grids, buildings and tenants, by name. */
  coverage: { kind: 'grid' | 'building' | 'tenant'; id: number; name: string }[];
}

export interface TenantDetail {
  kind: 'tenant';
  id: number;
  name: string;
  category: string;
  uscc: string;
  legalRep: string;
  phone: string;
  employees: number;
  partyMembers: number;
  creditGrade: CreditGrade;
  floor: number;
  center: LngLat;
  building: { id: number; name: string; address: string };
  grid: GridRef;
  coveringOrg: PartyOrgBrief | null;
}

export interface CaseEventView {
  id: number;
  kind: string;
  fromStatus: CaseStatus | null;
  toStatus: CaseStatus | null;
  /** The actor as stored (a Chinese label): kept for the ledger and the logs. */
  actorName: string;
  /** The actor as the UI words it: a role code and a name. */
  actor: ActorLabel;
  at: number;
  /** The note as stored. */
  note: string;
  /** The note as the UI words it: the core's own phrases as codes, a person's text as text. */
  noteParts: NotePart[];
}

export interface CaseExtensionRequest {
  amount: number;
  unit: WorkUnit;
  note: string;
  requestedAt: number;
  requestedBy: string;
}

export interface CaseDetail {
  kind: 'case';
  id: number;
  code: string;
  status: CaseStatus;
  light: CaseLight | null;
  caseClass: CaseClass;
  categoryName: string;
  subcategoryName: string;
  /** Catalogue codes of the large category and the subcategory (the UI names them in its language). */
  categoryCode: string;
  subcategoryCode: string;
  source: CaseSource;
  address: string;
  description: string;
  center: LngLat;
  grid: GridRef;
  assignee: string | null;
  supervised: boolean;
  reworkCount: number;
  reportedAt: number;
  dueAt: number | null;
  closedAt: number | null;
  satisfaction: number | null;
  evaluatedAt: number | null;
  dispatchedAt: number | null;
  assigneeRef: Assignee | null;
  /** 会商联办: departments handling the case beside the lead assignee. */
  coDepartments: { id: number; name: string }[];
  extension: CaseExtensionRequest | null;
  reporterName: string | null;
  reporterPhone: string | null;
  attachments: { id: number; name: string; mime: string }[];
  /** What the current user may do next, as decided by the core's state machine. */
  allowedActions: CaseActionName[];
  /** Open duplicates merged into this case. */
  mergedCases: { id: number; code: string }[];
  events: CaseEventView[];
}

export interface FacilityDetail {
  kind: 'facility';
  id: number;
  name: string;
  facilityKind: FacilityKind;
  address: string;
  openHours: string;
  center: LngLat;
  grid: GridRef;
}

export type FeatureDetail =
  | BuildingDetail
  | GridDetail
  | CommunityDetail
  | PartyOrgDetail
  | TenantDetail
  | CaseDetail
  | FacilityDetail;

/** What lies at a point: its grid (null outside the street) and the nearest building's address. */
export interface PlaceAt {
  grid: GridRef | null;
  buildingId: number | null;
  address: string | null;
}

/** The kinds a search answers, in the order its results list them. */
export const SEARCH_HIT_KINDS = ['case', 'grid', 'building', 'resident', 'tenant', 'household', 'partyOrg'] as const;
export type SearchHitKind = (typeof SEARCH_HIT_KINDS)[number];

/** Which key found a hit: the name as typed, its start, text inside it, the given name alone, a phone, a case code, a USCC. */
export type SearchMatch = 'exact' | 'prefix' | 'contained' | 'givenName' | 'phone' | 'code' | 'uscc';

export interface SearchHit {
  kind: SearchHitKind;
  id: number;
  title: string;
  subtitle: string;
  /** Where the map flies to. */
  center: LngLat;
  /** The building to open when the hit lies in one (households, residents, tenants). */
  buildingId: number | null;
  match?: SearchMatch;
  /** What tells namesakes apart, only for roles that see residents' homes (as building.detail lists them). */
  sex?: 'M' | 'F';
  age?: number;
  /** How many hits of this kind the query has, counted up to a cap; `kindTotalMore` when there are more. */
  kindTotal?: number;
  kindTotalMore?: boolean;
}

export type { Feature };
