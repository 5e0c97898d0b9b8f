// How the lists word and colour their vocabulary (status badges, categories, sides).
import type { PartyListStatus, PartyRef } from '../../../shared/partyLists';
import type { Translate } from '../../i18n/translate';

export const STATUS_COLOR: Record<PartyListStatus, string> = {
  published: 'red',
  claimed: 'orange',
  in_progress: 'blue',
  completed: 'teal',
  evaluated: 'green',
  withdrawn: 'gray',
};

export function sideText(t: Translate, ref: PartyRef | null): string {
  return ref ? ref.name : t('party.none');
}

export const PARTY_WRITERS = ['admin', 'dispatcher', 'community'] as const;
