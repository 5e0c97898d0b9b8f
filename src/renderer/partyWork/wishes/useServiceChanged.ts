// A counter that grows whenever Party service changes anywhere (partyService.changed), for
// queries to reload on.
import { useEventCount } from '../../api/useEventCount';

export function useServiceChanged(): number {
  return useEventCount('partyService.changed');
}
