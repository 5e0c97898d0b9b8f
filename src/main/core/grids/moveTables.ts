// The table behind each kind of entity a grid edit moves (all have an `id` and a `grid_id`).
import type { MovedEntity } from './reassign';

export const MOVE_TABLES: Record<MovedEntity, string> = {
  building: 'building',
  case_file: 'case_file',
  facility: 'facility',
  party_org: 'party_org',
  grid_staff: 'grid_staff',
  dispatch_rule: 'dispatch_rule',
};
