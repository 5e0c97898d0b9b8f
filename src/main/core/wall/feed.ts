// The live feed: case events, newest first, with where and what but never who in full
// (actors masked), nor the case's description, address or reporter.
import type { CaseClass, CaseEventKind, CaseStatus } from '../../../shared/domain';
import type { WallFeedItem } from '../../../shared/wall';
import type { Db } from '../db/database';
import { readActor } from '../reference/actors';
import { maskActor } from './maskActor';

interface FeedRow {
  id: number;
  at: number;
  kind: CaseEventKind;
  to_status: CaseStatus | null;
  actor_name: string;
  case_id: number;
  code: string;
  class: CaseClass;
  category: string;
  category_code: string;
  grid_id: number;
  grid_name: string;
  community_name: string;
}

const FEED_SQL = `
  SELECT e.id, e.at, e.kind, e.to_status, e.actor_name, cf.id AS case_id, cf.code, c.class, c.name AS category, c.code AS category_code,
         g.id AS grid_id, g.name AS grid_name, cm.name AS community_name
    FROM case_event e
    JOIN case_file cf ON cf.id = e.case_id
    JOIN case_category c ON c.id = cf.category_id
    JOIN grid g ON g.id = cf.grid_id
    JOIN community cm ON cm.id = g.community_id`;

export function departmentNames(db: Db): Set<string> {
  return new Set(db.prepare('SELECT name FROM department').pluck().all() as string[]);
}

function toItem(r: FeedRow, departments: ReadonlySet<string>): WallFeedItem {
  const actor = maskActor(r.actor_name, departments);
  return {
    eventId: r.id,
    at: r.at,
    kind: r.kind,
    toStatus: r.to_status,
    caseId: r.case_id,
    caseCode: r.code,
    caseClass: r.class,
    category: r.category,
    categoryCode: r.category_code,
    gridId: r.grid_id,
    gridName: r.grid_name,
    communityName: r.community_name,
    actor,
    actorLabel: readActor(actor),
  };
}

/** The latest events by time (the demo history's ids do not follow time). */
export function latestFeed(db: Db, limit: number): WallFeedItem[] {
  const departments = departmentNames(db);
  return (db.prepare(`${FEED_SQL} ORDER BY e.at DESC, e.id DESC LIMIT ?`).all(limit) as FeedRow[]).map((r) => toItem(r, departments));
}

/** Events appended after `sinceId`, newest first; `truncated` when there were more than `max`. */
export function feedSince(db: Db, sinceId: number, max: number): { items: WallFeedItem[]; truncated: boolean } {
  const departments = departmentNames(db);
  const rows = db.prepare(`${FEED_SQL} WHERE e.id > ? ORDER BY e.id DESC LIMIT ?`).all(sinceId, max + 1) as FeedRow[];
  return { items: rows.slice(0, max).map((r) => toItem(r, departments)), truncated: rows.length > max };
}

export function lastEventId(db: Db): number {
  return (db.prepare('SELECT max(id) FROM case_event').pluck().get() as number | null) ?? 0;
}
