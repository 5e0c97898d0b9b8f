// A follow-up item being written in the decide form, and the check made before it is sent:
// each kind needs its own link (a task its words, a case or 督办 a picked case, a list item a
// picked need or project) and every item an owner and a due day. The core checks all again.
import type { DecisionItemInput, DecisionItemKind } from '../../../shared/meetings';

export interface ItemDraft {
  kind: DecisionItemKind;
  title: string;
  caseId: number | null;
  partyListItemId: number | null;
  owner: string;
  dueOn: string;
}

export type DraftProblem = 'needTitle' | 'needCase' | 'needListItem' | 'needOwner' | 'needDue';

export const emptyDraft = (kind: DecisionItemKind, dueOn: string): ItemDraft => ({ kind, title: '', caseId: null, partyListItemId: null, owner: '', dueOn });

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The first problem of a draft, or the input the core takes. */
export function draftInput(d: ItemDraft): { problem: DraftProblem } | { input: DecisionItemInput } {
  const owner = d.owner.trim();
  const dueOn = d.dueOn.trim();
  if (d.kind === 'task' && !d.title.trim()) return { problem: 'needTitle' };
  if ((d.kind === 'case' || d.kind === 'supervise') && d.caseId === null) return { problem: 'needCase' };
  if (d.kind === 'party_list' && d.partyListItemId === null) return { problem: 'needListItem' };
  if (!owner) return { problem: 'needOwner' };
  if (!DAY.test(dueOn)) return { problem: 'needDue' };
  switch (d.kind) {
    case 'task':
      return { input: { kind: 'task', title: d.title.trim(), owner, dueOn } };
    case 'case':
    case 'supervise':
      return { input: { kind: d.kind, caseId: d.caseId!, owner, dueOn } };
    case 'party_list':
      return { input: { kind: 'party_list', partyListItemId: d.partyListItemId!, owner, dueOn } };
  }
}
