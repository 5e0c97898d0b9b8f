// A case event's actor and note as the UI shows them: the parts the core itself writes
// (派遣至…, 满意度评价：4星, a role before a name) arrive as codes with their values, so
// the UI words them in its language; what a person typed arrives as text, shown as typed.
import type { ActorRole } from './domain';
import type { WorkUnit } from './cases';

/** An actor: a role (named by the UI) and a name (a person's or a department's, shown as stored); either may be empty. */
export interface ActorLabel {
  role: ActorRole | null;
  name: string;
}

export type NotePart =
  /** Free text a person wrote. */
  | { kind: 'text'; text: string }
  /** Who the case went to: a person (a role may stand before the name) or a department. */
  | { kind: 'dispatchedTo'; to: ActorLabel }
  | { kind: 'autoDispatchRule'; ruleId: number }
  /** 会商联办: departments handling the case beside the lead. */
  | { kind: 'coHandling'; names: string[] }
  | { kind: 'reassignedTo'; to: ActorLabel }
  /** Written on the duplicate: merged into this case. */
  | { kind: 'duplicateOf'; code: string }
  /** Written on the case that absorbed a duplicate. */
  | { kind: 'mergedDuplicate'; code: string }
  | { kind: 'verifiedClosed' }
  | { kind: 'satisfaction'; stars: number }
  | { kind: 'extensionRequested'; amount: number; unit: WorkUnit }
  | { kind: 'extensionApproved'; amount: number; unit: WorkUnit };

export type NotePartKind = NotePart['kind'];
export const NOTE_PART_KINDS: readonly Exclude<NotePartKind, 'text'>[] = [
  'dispatchedTo',
  'autoDispatchRule',
  'coHandling',
  'reassignedTo',
  'duplicateOf',
  'mergedDuplicate',
  'verifiedClosed',
  'satisfaction',
  'extensionRequested',
  'extensionApproved',
];
