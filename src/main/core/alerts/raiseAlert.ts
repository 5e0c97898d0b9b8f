// Raising an alert: one live alert per rule and household (or device). A trigger that finds
// its alert still live adds to it (repeats) instead of raising another.
import type { AlertDetail, AlertRule } from '../../../shared/alerts';
import type { Db } from '../db/database';

export interface AlertPlace {
  deviceId: number | null;
  buildingId: number | null;
  householdId: number | null;
}

export interface Raised {
  id: number;
  /** false: the trigger joined a live alert. */
  created: boolean;
  gridId: number | null;
}

export function dedupeKey(rule: AlertRule, place: AlertPlace): string {
  if ((rule === 'no_card' || rule === 'crowded') && place.householdId !== null) return `${rule}:h${place.householdId}`;
  return `${rule}:d${place.deviceId ?? 0}`;
}

/** The grid of a building (a flat's building when only the flat is known). */
function placeOf(db: Db, place: AlertPlace): { buildingId: number | null; gridId: number | null } {
  let buildingId = place.buildingId;
  if (buildingId === null && place.householdId !== null) {
    buildingId = (db.prepare('SELECT building_id FROM household WHERE id = ?').pluck().get(place.householdId) as number | undefined) ?? null;
  }
  const gridId = buildingId === null ? null : ((db.prepare('SELECT grid_id FROM building WHERE id = ?').pluck().get(buildingId) as number | undefined) ?? null);
  return { buildingId, gridId };
}

export function raiseAlert(db: Db, rule: AlertRule, place: AlertPlace, eventAt: number, detail: AlertDetail, now: number): Raised {
  const key = dedupeKey(rule, place);
  const live = db.prepare("SELECT id, grid_id, detail FROM alert WHERE dedupe_key = ? AND status IN ('open', 'escalated')").get(key) as
    | { id: number; grid_id: number | null; detail: string }
    | undefined;
  if (live) {
    const prior = JSON.parse(live.detail) as AlertDetail;
    const next: AlertDetail = { ...prior, ...detail, repeats: (prior.repeats ?? 0) + (rule === 'no_card' || rule === 'crowded' ? 0 : 1) };
    db.prepare('UPDATE alert SET detail = ? WHERE id = ?').run(JSON.stringify(next), live.id);
    return { id: live.id, created: false, gridId: live.grid_id };
  }
  const { buildingId, gridId } = placeOf(db, place);
  const id = Number(
    db
      .prepare(
        `INSERT INTO alert (rule, status, dedupe_key, raised_at, event_at, device_id, building_id, household_id, grid_id, detail)
         VALUES (?, 'open', ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(rule, key, now, eventAt, place.deviceId, buildingId, place.householdId, gridId, JSON.stringify(detail)).lastInsertRowid,
  );
  return { id, created: true, gridId };
}

/** The core closes an alert whose reason is gone (a later card use, the resident left). */
export function resolveAlert(db: Db, alertId: number, reason: string, now: number): void {
  db.prepare("UPDATE alert SET status = 'dismissed', outcome = 'resolved', reason = ?, acted_at = ? WHERE id = ? AND status IN ('open', 'escalated')").run(reason, now, alertId);
}
