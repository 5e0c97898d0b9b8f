// The notification centre (通知中心): notices the core addresses to accounts — a case's
// deadline close (yellow light), a case gone red and put under 督办, a visit task — and
// the daily list of overdue cases. A notice carries ids and codes, never a person's name;
// the renderer words it from `kind` and `params`.
import { z } from 'zod';
import type { StaffRole } from './domain';
import { calendarDate, id, wholeIn } from './inputRules';

/**
 * deadline.warning: to the handler's queue when a case turns yellow.
 * deadline.supervised: to the duty leaders (and the handler) when a case goes red and the chase puts it under 督办.
 * visit.task: to the community's accounts when a visit task is created for one of its households.
 * Other domains (alerts) add their kinds here.
 */
export const NOTIFICATION_KINDS = ['deadline.warning', 'deadline.supervised', 'visit.task', 'alert.escalated', 'partyMeeting.due'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationView {
  id: number;
  kind: NotificationKind;
  caseId: number | null;
  /** Codes and times only (caseCode, dueAt, taskId, …). */
  params: Record<string, string | number>;
  createdAt: number;
  readAt: number | null;
}

export interface NotificationList {
  unread: number;
  items: NotificationView[];
}

export interface OverdueCaseRow {
  caseId: number;
  code: string;
  categoryId: number;
  categoryCode: string;
  categoryName: string;
  gridId: number;
  gridName: string;
  /** The department holding it; null when a grid post holds it (then staffRole says which, never the person). */
  department: string | null;
  staffRole: StaffRole | null;
  dueAt: number;
  /** Whole hours past due at `asOf`. */
  hoursOverdue: number;
  supervised: boolean;
}

export interface OverdueGroup {
  key: string;
  name: string;
  cases: OverdueCaseRow[];
}

/** 每日超期案件清单: every open case past due at the end of the day, grouped by department and by grid. */
export interface OverdueReport {
  date: string;
  asOf: number;
  total: number;
  byDepartment: OverdueGroup[];
  byGrid: OverdueGroup[];
}

export const notificationSchemas = {
  'notification.list': z.strictObject({ limit: wholeIn(1, 200).optional() }),
  'notification.markRead': z.strictObject({ ids: z.array(id()).max(500, 'lists too many notices').optional(), all: z.boolean().optional() }),
  'deadlines.overdue': z.strictObject({ date: calendarDate().optional() }),
} as const;

export interface NotificationOutputs {
  'notification.list': NotificationList;
  'notification.markRead': NotificationList;
  'deadlines.overdue': OverdueReport;
}
