// A matter's row and its view (with its decision's progress computed now).
import type { MatterStage, MatterView } from '../../../shared/deliberation';
import type { Db } from '../db/database';
import { decisionById } from '../meetings/decisions';

export interface MatterRow {
  id: number;
  code: string;
  title: string;
  description: string;
  raised_by: string;
  raised_on: string;
  community_id: number;
  community_name: string;
  grid_id: number;
  grid_name: string | null;
  building_id: number | null;
  building_name: string | null;
  stage: MatterStage;
  decision_id: number | null;
  asked: number | null;
  satisfied: number | null;
  basically_satisfied: number | null;
  evaluation_note: string;
  updated_at: number;
}

export const MATTER_SQL = `
  SELECT m.*, c.name AS community_name, g.name AS grid_name, b.name AS building_name
    FROM matter m JOIN community c ON c.id = m.community_id LEFT JOIN grid g ON g.id = m.grid_id LEFT JOIN building b ON b.id = m.building_id`;

export function matterRow(db: Db, id: number): MatterRow | undefined {
  return db.prepare(`${MATTER_SQL} WHERE m.id = ?`).get(id) as MatterRow | undefined;
}

export function matterView(db: Db, r: MatterRow, now: number): MatterView {
  const decision = r.decision_id === null ? null : decisionById(db, r.decision_id, now);
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    description: r.description,
    raisedBy: r.raised_by,
    raisedOn: r.raised_on,
    communityId: r.community_id,
    communityName: r.community_name,
    gridId: r.grid_id,
    gridName: r.grid_name ?? '',
    buildingId: r.building_id,
    buildingName: r.building_name,
    stage: r.stage,
    decisionId: r.decision_id,
    progress: decision?.progress ?? null,
    satisfaction: r.asked ? ((r.satisfied ?? 0) + (r.basically_satisfied ?? 0)) / r.asked : null,
    updatedAt: r.updated_at,
  };
}
