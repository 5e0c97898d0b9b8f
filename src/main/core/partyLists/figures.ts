// The 三张清单's figures for a scope and a period, in one function (the wall's Party panel, the
// briefing and any screen read them from here). Period: [from, to) in epoch ms.
//   needsPublished     needs published in the period, in the scope
//   needsClaimed       of those, claimed (or paired into a project) before `to`
//   claimedPct         needsClaimed ÷ needsPublished × 100, one decimal (null without needs)
//   medianDaysToClaim  median of (first claim − publication) over those claimed, in days, one decimal
//   projectsCompleted  projects reaching 完成 in the period
//   activeUnits        distinct units that claimed, paired, gave up, or published a resource in the period
// Scope: the street; a community or a grid (where the item is placed); a unit (items it owns or claimed).
import type { Db } from '../db/database';

export type PartyFigureScope = { kind: 'street' } | { kind: 'community' | 'grid' | 'unit'; id: number };

export interface PartyListFigures {
  needsPublished: number;
  needsClaimed: number;
  claimedPct: number | null;
  medianDaysToClaim: number | null;
  projectsCompleted: number;
  activeUnits: number;
}

const DAY_MS = 86_400_000;

function scopeSql(scope: PartyFigureScope): string {
  switch (scope.kind) {
    case 'street':
      return '1';
    case 'community':
      return 'i.community_id = @id';
    case 'grid':
      return 'i.grid_id = @id';
    case 'unit':
      return '(i.owner_unit_id = @id OR i.claimant_unit_id = @id)';
  }
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** The units active in the lists in the period (the `activeUnits` figure's members): callers
 *  that count units active elsewhere too (partyFigures) join the sets, so a unit is counted once. */
export function activeUnitIds(db: Db, scope: PartyFigureScope, from: number, to: number): Set<number> {
  const where = scopeSql(scope);
  const params = { id: scope.kind === 'street' ? null : scope.id, from, to };
  const unitFilter = scope.kind === 'unit' ? 'AND u = @id' : '';
  const ids = db
    .prepare(
      `SELECT DISTINCT u FROM (
         SELECT e.party_unit_id AS u FROM party_list_event e JOIN party_list_item i ON i.id = e.item_id
          WHERE e.party_unit_id IS NOT NULL AND e.action IN ('claim', 'pair', 'release') AND e.at >= @from AND e.at < @to AND ${where}
         UNION ALL
         SELECT i.owner_unit_id AS u FROM party_list_item i
          WHERE i.kind = 'resource' AND i.owner_unit_id IS NOT NULL AND i.published_at >= @from AND i.published_at < @to AND ${where}
       ) WHERE 1 ${unitFilter}`,
    )
    .pluck()
    .all(params) as number[];
  return new Set(ids);
}

export function partyListFigures(db: Db, scope: PartyFigureScope, from: number, to: number): PartyListFigures {
  return partyListFiguresAndUnits(db, scope, from, to).figures;
}

/** The figures and the units behind `activeUnits`. */
export function partyListFiguresAndUnits(db: Db, scope: PartyFigureScope, from: number, to: number): { figures: PartyListFigures; units: Set<number> } {
  const where = scopeSql(scope);
  const params = { id: scope.kind === 'street' ? null : scope.id, from, to };
  const needs = db
    .prepare(
      `SELECT i.published_at AS published,
              (SELECT min(e.at) FROM party_list_event e WHERE e.item_id = i.id AND e.action IN ('claim', 'pair') AND e.at < @to) AS claimed
         FROM party_list_item i
        WHERE i.kind = 'need' AND i.published_at >= @from AND i.published_at < @to AND ${where}`,
    )
    .all(params) as { published: number; claimed: number | null }[];
  const waits = needs.filter((n) => n.claimed !== null).map((n) => (n.claimed! - n.published) / DAY_MS);
  const projectsCompleted = db
    .prepare(`SELECT count(*) FROM party_list_item i WHERE i.kind = 'project' AND i.completed_at >= @from AND i.completed_at < @to AND ${where}`)
    .pluck()
    .get(params) as number;
  const units = activeUnitIds(db, scope, from, to);
  const med = median(waits);
  const figures = {
    needsPublished: needs.length,
    needsClaimed: waits.length,
    claimedPct: needs.length ? round1((waits.length / needs.length) * 100) : null,
    medianDaysToClaim: med === null ? null : round1(med),
    projectsCompleted,
    activeUnits: units.size,
  };
  return { figures, units };
}
