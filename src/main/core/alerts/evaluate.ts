// A full evaluation: every rule over every watched flat, then escalation of the alerts
// nobody acknowledged in time. Run by the core's minute tick and on demand (alert.evaluate);
// one transaction with one audit entry naming what changed.
import type { AlertSettings } from '../../../shared/alerts';
import { appendAudit } from '../audit';
import type { Db } from '../db/database';
import { alertSettings, dutyLeader } from './alertSettings';
import { notify } from '../notifications/notify';
import { evaluateCrowded, evaluateNoCard, mergeOutcomes, type RuleOutcome } from './rules';

export interface Evaluation extends RuleOutcome {
  escalated: number[];
  /** Accounts given a notice (push notification.changed for them after the commit). */
  notified: number[];
}

/** Open alerts raised at least M minutes ago go to the duty leader (exactly M minutes counts). */
export function escalateDue(db: Db, settings: AlertSettings, now: number): { escalated: number[]; notified: number[] } {
  const due = db.prepare("SELECT id, rule FROM alert WHERE status = 'open' AND raised_at <= ? ORDER BY id").all(now - settings.escalateMinutes * 60_000) as { id: number; rule: string }[];
  if (due.length === 0) return { escalated: [], notified: [] };
  const leader = dutyLeader(db, settings);
  const mark = db.prepare("UPDATE alert SET status = 'escalated', escalated_at = ?, escalated_to = ? WHERE id = ? AND status = 'open'");
  const notified = new Set<number>();
  for (const a of due) {
    mark.run(now, leader?.id ?? null, a.id);
    // The notice carries ids and the rule only: the leader opens the alert list for the rest.
    if (leader) for (const u of notify(db, [leader.id], { kind: 'alert.escalated', params: { alertId: a.id, rule: a.rule, minutes: settings.escalateMinutes } }, now)) notified.add(u);
  }
  return { escalated: due.map((a) => a.id), notified: [...notified] };
}

export function evaluateAll(db: Db, now: number, userId: number | null = null): Evaluation {
  return db.transaction(() => {
    const settings = alertSettings(db);
    const rules = mergeOutcomes(evaluateNoCard(db, settings, now), evaluateCrowded(db, settings, now));
    const { escalated, notified } = escalateDue(db, settings, now);
    if (rules.raised.length + rules.resolved.length + escalated.length > 0) {
      appendAudit(db, now, {
        userId,
        action: 'alert.evaluate',
        entity: 'alert',
        detail: { raised: rules.raised.slice(0, 50), resolved: rules.resolved.slice(0, 50), escalated: escalated.slice(0, 50) },
      });
    }
    return { ...rules, escalated, notified };
  })();
}
