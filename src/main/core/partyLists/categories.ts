// How well a resource's category serves a need's. The same category fits; a resource that
// is a form (a venue, funds, volunteers' time) fits the fields it commonly serves; a field
// also fits its close neighbours (助老扶幼 and 医疗健康, 就业帮扶 and 教育培训, …).
import type { PartyListCategory } from '../../../shared/partyLists';

const RELATED: Record<PartyListCategory, readonly PartyListCategory[]> = {
  elderly_child: ['health', 'hardship', 'volunteer_time'],
  environment: ['safety', 'volunteer_time', 'funds'],
  culture_sports: ['education', 'venue', 'funds', 'volunteer_time'],
  employment: ['education', 'hardship', 'venue'],
  legal: ['safety', 'hardship'],
  health: ['elderly_child', 'venue', 'volunteer_time'],
  education: ['culture_sports', 'employment', 'elderly_child', 'venue', 'funds'],
  hardship: ['elderly_child', 'employment', 'funds', 'volunteer_time'],
  safety: ['environment', 'legal', 'volunteer_time'],
  venue: ['culture_sports', 'education', 'health', 'employment'],
  funds: ['hardship', 'environment', 'culture_sports', 'education'],
  volunteer_time: ['elderly_child', 'environment', 'safety', 'hardship', 'culture_sports', 'health'],
};

/** 'same', 'related' or null (no fit: not suggested). */
export function categoryFit(need: PartyListCategory, resource: PartyListCategory): 'same' | 'related' | null {
  if (need === resource) return 'same';
  return RELATED[need].includes(resource) || RELATED[resource].includes(need) ? 'related' : null;
}
