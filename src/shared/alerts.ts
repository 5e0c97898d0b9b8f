// Alerts (告警) raised by the core's rules on device events: what crosses the boundary.
// The console's list carries the place as the caller's role may see it; the wall's list
// carries only the kind, the grid and the building's short name.
import { z } from 'zod';
import { id as idRule, note, text, wholeIn } from './inputRules';

export const ALERT_RULES = ['no_card', 'smoke', 'gas', 'button', 'crowded'] as const;
export type AlertRule = (typeof ALERT_RULES)[number];
/** Raised at once by the event itself (the others by absence or by counting). */
export const INSTANT_RULES: readonly AlertRule[] = ['smoke', 'gas', 'button'];

export const ALERT_STATUSES = ['open', 'escalated', 'acknowledged', 'dismissed'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];
/** Still waiting for someone: the console's and the wall's lists. */
export const LIVE_ALERT_STATUSES: readonly AlertStatus[] = ['open', 'escalated'];

/** case / visit: acknowledged into one; false_alarm: dismissed by a person; resolved: closed by the core (a later card use, a resident who left). */
export const ALERT_OUTCOMES = ['case', 'visit', 'false_alarm', 'resolved'] as const;
export type AlertOutcome = (typeof ALERT_OUTCOMES)[number];

export interface AlertSettings {
  /** Folder the core watches for vendor files; null = none. */
  watchFolder: string | null;
  /** no_card: an 独居老人's household with no door-card use for this many hours. */
  noCardHours: number;
  /** crowded: more distinct cards than this at one flat within 7 days (群租 suspicion). */
  crowdedCards: number;
  /** An alert nobody acknowledged in this many minutes goes to the duty leader. */
  escalateMinutes: number;
  /** The duty leader (a leader account); null = the first active leader account. */
  dutyLeaderUserId: number | null;
}

export const DEFAULT_ALERT_SETTINGS: AlertSettings = { watchFolder: null, noCardHours: 48, crowdedCards: 6, escalateMinutes: 10, dutyLeaderUserId: null };
export const CROWDED_WINDOW_DAYS = 7;

export interface AlertDetail {
  /** no_card: whole hours since the last card use (or since the reader was installed). */
  hours?: number;
  /** crowded: distinct cards in the window. */
  cards?: number;
  /** Instant rules: how many more triggers came while the alert was live. */
  repeats?: number;
}

export interface AlertView {
  id: number;
  rule: AlertRule;
  status: AlertStatus;
  raisedAt: number;
  eventAt: number;
  deviceCode: string | null;
  gridId: number | null;
  gridLabel: string | null;
  communityId: number | null;
  buildingId: number | null;
  buildingName: string | null;
  householdId: number | null;
  /** The flat's address as the caller's role may see it: in full, the building only, or null. */
  place: string | null;
  lng: number | null;
  lat: number | null;
  detail: AlertDetail;
  escalatedAt: number | null;
  escalatedToName: string | null;
  actedAt: number | null;
  actedByName: string | null;
  outcome: AlertOutcome | null;
  caseId: number | null;
  caseCode: string | null;
  visitTaskId: number | null;
  reason: string | null;
}

export interface AlertList {
  alerts: AlertView[];
  /** Live alerts (open + escalated) in the caller's scope. */
  live: number;
}

/** On the wall: no name, no household, no address: what, where on the grid, which building. */
export interface WallAlert {
  id: number;
  rule: AlertRule;
  status: AlertStatus;
  raisedAt: number;
  gridId: number | null;
  gridLabel: string | null;
  /** The building's short name (e.g. 7栋), never its address or a flat. */
  buildingShort: string | null;
  lng: number | null;
  lat: number | null;
}

export interface AlertEvaluation {
  raised: number;
  resolved: number;
  escalated: number;
  ms: number;
}

export const alertListInput = z.strictObject({
  /** live = open and escalated; all = also the ones acted on, newest first. */
  scope: z.enum(['live', 'all']).default('live'),
  limit: wholeIn(1, 500).optional(),
});

export const alertAcknowledgeInput = z.strictObject({
  alertId: idRule(),
  into: z.enum(['case', 'visit']),
  /** For a case: the subcategory; omitted = the rule's own (独居老人异常, 火灾隐患, 燃气泄漏, 群租房隐患). */
  categoryId: idRule().optional(),
  note: note().optional(),
});

export const alertDismissInput = z.strictObject({
  alertId: idRule(),
  reason: text(500, { min: 4, minMessage: 'is required: why it is a false alarm (at least 4 characters)' }),
});

export const alertSettingsInput = z.strictObject({
  watchFolder: text(400, { min: 1, minMessage: 'is required (the folder to watch)' }).nullable().optional(),
  noCardHours: wholeIn(6, 24 * 14).optional(),
  crowdedCards: wholeIn(2, 100).optional(),
  escalateMinutes: wholeIn(1, 24 * 60).optional(),
  dutyLeaderUserId: idRule().nullable().optional(),
});

export const alertsSchemas = {
  'alert.list': alertListInput,
  'alert.acknowledge': alertAcknowledgeInput,
  'alert.dismiss': alertDismissInput,
  'alert.evaluate': z.strictObject({}),
  'alert.settings': z.strictObject({}),
  'alert.saveSettings': alertSettingsInput,
  'wall.alerts': z.strictObject({ communityId: idRule().optional() }),
} as const;

export interface AlertsOutputs {
  'alert.list': AlertList;
  'alert.acknowledge': AlertView;
  'alert.dismiss': AlertView;
  'alert.evaluate': AlertEvaluation;
  'alert.settings': AlertSettings;
  'alert.saveSettings': AlertSettings;
  'wall.alerts': WallAlert[];
}
