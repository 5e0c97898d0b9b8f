// The table and grid column behind each kind of entity a grid edit moves (all have an `id`).
import type { MovedEntity } from './reassign';

export interface MoveTarget {
  table: string;
  column: string;
}

export const MOVE_TABLES: Record<MovedEntity, MoveTarget> = {
  building: { table: 'building', column: 'grid_id' },
  case_file: { table: 'case_file', column: 'grid_id' },
  facility: { table: 'facility', column: 'grid_id' },
  party_org: { table: 'party_org', column: 'grid_id' },
  grid_staff: { table: 'grid_staff', column: 'grid_id' },
  dispatch_rule: { table: 'dispatch_rule', column: 'grid_id' },
  // 三张清单 items are placed at a building or point; a grid that owns a need is its owner.
  party_list_item: { table: 'party_list_item', column: 'grid_id' },
  party_list_owner: { table: 'party_list_item', column: 'owner_grid_id' },
  alert: { table: 'alert', column: 'grid_id' },
};
