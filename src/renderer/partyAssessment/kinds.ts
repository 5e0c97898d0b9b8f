// The 三会一课 kinds an organisation holds, from the shared rule table.
import type { PartyOrgKind } from '../../shared/domain';
import { MEETING_KINDS, MEETING_RULES, type MeetingKind } from '../../shared/vocab/partyAssessment';

export function kindsForOrg(kind: PartyOrgKind | undefined, fallback: MeetingKind): MeetingKind[] {
  if (!kind) return [fallback];
  return MEETING_KINDS.filter((k) => MEETING_RULES[k].orgKinds.includes(kind));
}
