// A counter that grows whenever an item of the lists changes anywhere (partyList.changed), for
// queries to reload on.
import { useEventCount } from '../../api/useEventCount';

export function useListsChanged(): number {
  return useEventCount('partyList.changed');
}
