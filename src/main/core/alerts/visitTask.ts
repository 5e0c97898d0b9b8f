// The bridge to the care workspace's visit tasks (关爱走访, issue #14 part A): an alert
// acknowledged into a visit becomes a task for the household's visitors, due soon.
import type { AlertRule } from '../../../shared/alerts';
import type { UserView } from '../../../shared/views';
import type { Db } from '../db/database';
import { createVisitTask, type VisitTaskCreated } from '../care/visitTasks';

const HOUR_MS = 3_600_000;
/** A 群租 suspicion can wait for a daytime visit; the others are about someone's safety now. */
const DUE_IN_HOURS: Record<AlertRule, number> = { no_card: 2, button: 1, smoke: 1, gas: 1, crowded: 72 };

export interface VisitFromAlert {
  householdId: number;
  alertId: number;
  rule: AlertRule;
  note: string;
}

export function createVisitTaskForAlert(db: Db, task: VisitFromAlert, user: UserView, now: number): VisitTaskCreated {
  return createVisitTask(db, { householdId: task.householdId, reason: 'alert', note: task.note, dueAt: now + DUE_IN_HOURS[task.rule] * HOUR_MS, sourceAlertId: task.alertId }, user, now);
}
