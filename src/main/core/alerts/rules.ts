// The alert rules, run in the core. Smoke, gas and an emergency button raise an alert at
// once (during ingestion). The no-card rule (an 独居老人's household with no door-card use
// for N hours) is about absence, so it is checked by the clock: on every minute's tick and on
// a full evaluation. The 群租 rule (more distinct cards than a threshold at one flat within
// 7 days) is checked for the flats an ingestion touched, and for every flat in a full one.
//
// Only a flat's own reader speaks for a household: a building's door reader sees cards
// but not whose flat they open. A household's last use is the latest swipe ever received,
// whatever order events arrive in (household_card_use keeps the maximum); a reader that has
// never been used counts from its installation. A retired (停用) device is read by no rule.
import { CROWDED_WINDOW_DAYS, type AlertSettings } from '../../../shared/alerts';
import type { Db } from '../db/database';
import { raiseAlert, resolveAlert } from './raiseAlert';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

export interface RuleOutcome {
  raised: number[];
  /** Live alerts that gained a repeat or new figures (pushed as changed). */
  updated: number[];
  resolved: number[];
}

export const emptyOutcome = (): RuleOutcome => ({ raised: [], updated: [], resolved: [] });

const ELDERLY_ALONE = `SELECT DISTINCT household_id FROM resident WHERE tags LIKE '%"elderly_alone"%'`;

interface Watched {
  household_id: number;
  device_id: number;
  since: number;
}

/** Households the no-card rule watches (a flat reader and an 独居老人 living there), with their last use. */
function watchedHouseholds(db: Db, only: readonly number[] | null): Watched[] {
  const filter = only ? `AND d.household_id IN (${only.map(Number).join(',') || 'NULL'})` : '';
  return db
    .prepare(
      `SELECT d.household_id, d.device_id, MAX(COALESCE(u.last_at, 0), d.installed) AS since
       FROM (SELECT household_id, MIN(id) AS device_id, MIN(installed_at) AS installed FROM device
             WHERE kind = 'door_reader' AND household_id IS NOT NULL AND retired_at IS NULL GROUP BY household_id) d
       JOIN (${ELDERLY_ALONE}) e ON e.household_id = d.household_id
       LEFT JOIN household_card_use u ON u.household_id = d.household_id
       WHERE 1 = 1 ${filter}`,
    )
    .all() as Watched[];
}

/**
 * Raises the no-card alert where `now − last use ≥ N hours` (exactly N hours counts), moves
 * a live one's figures on, and resolves a live one whose household has been used since or is
 * no longer watched (the resident left, or no longer lives alone). `only`: just these households.
 */
export function evaluateNoCard(db: Db, settings: AlertSettings, now: number, only: readonly number[] | null = null): RuleOutcome {
  const out = emptyOutcome();
  const limit = settings.noCardHours * HOUR_MS;
  const watched = watchedHouseholds(db, only);
  const live = new Map(
    (
      db
        .prepare(`SELECT id, household_id, event_at FROM alert WHERE rule = 'no_card' AND status IN ('open', 'escalated') ${only ? `AND household_id IN (${only.map(Number).join(',') || 'NULL'})` : ''}`)
        .all() as { id: number; household_id: number; event_at: number }[]
    ).map((a) => [a.household_id, a]),
  );
  for (const w of watched) {
    const alert = live.get(w.household_id);
    live.delete(w.household_id);
    const silent = now - w.since;
    if (silent >= limit) {
      if (alert && alert.event_at === w.since) continue;
      const hours = Math.floor(silent / HOUR_MS);
      if (alert) {
        db.prepare('UPDATE alert SET event_at = ?, detail = ? WHERE id = ?').run(w.since, JSON.stringify({ hours }), alert.id);
        out.updated.push(alert.id);
      } else {
        const r = raiseAlert(db, 'no_card', { deviceId: w.device_id, buildingId: null, householdId: w.household_id }, w.since, { hours }, now);
        (r.created ? out.raised : out.updated).push(r.id);
      }
    } else if (alert) {
      resolveAlert(db, alert.id, 'card_used', now);
      out.resolved.push(alert.id);
    }
  }
  // Live alerts of households no longer watched: the 独居老人 moved out or died, or the reader went.
  for (const alert of live.values()) {
    resolveAlert(db, alert.id, 'no_longer_watched', now);
    out.resolved.push(alert.id);
  }
  return out;
}

/** 群租 suspicion: more distinct cards than the threshold at one flat within the last 7 days. */
export function evaluateCrowded(db: Db, settings: AlertSettings, now: number, only: readonly number[] | null = null): RuleOutcome {
  const out = emptyOutcome();
  const filter = only ? `AND d.household_id IN (${only.map(Number).join(',') || 'NULL'})` : '';
  const rows = db
    .prepare(
      `SELECT d.household_id, MIN(d.id) AS device_id, COUNT(DISTINCT e.card) AS cards, MAX(e.at) AS last_at
       FROM device d JOIN device_event e ON e.device_id = d.id
       WHERE d.kind = 'door_reader' AND d.household_id IS NOT NULL AND d.retired_at IS NULL AND e.kind = 'card_swipe' AND e.at > ? AND e.at <= ? ${filter}
       GROUP BY d.household_id HAVING cards > ?`,
    )
    .all(now - CROWDED_WINDOW_DAYS * DAY_MS, now, settings.crowdedCards) as { household_id: number; device_id: number; cards: number; last_at: number }[];
  for (const r of rows) {
    const raised = raiseAlert(db, 'crowded', { deviceId: r.device_id, buildingId: null, householdId: r.household_id }, r.last_at, { cards: r.cards }, now);
    (raised.created ? out.raised : out.updated).push(raised.id);
  }
  return out;
}

export function mergeOutcomes(...all: RuleOutcome[]): RuleOutcome {
  const out = emptyOutcome();
  for (const o of all) {
    out.raised.push(...o.raised);
    out.updated.push(...o.updated);
    out.resolved.push(...o.resolved);
  }
  out.updated = [...new Set(out.updated)].filter((id) => !out.raised.includes(id) && !out.resolved.includes(id));
  return out;
}
