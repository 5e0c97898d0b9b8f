// A counter that grows whenever a meeting, a matter or a case changes anywhere (a decision's
// progress follows its cases), for queries to reload on.
import { useEventCount } from '../api/useEventCount';

export function useMeetingsChanged(): number {
  return useEventCount('meeting.changed', 'matter.changed', 'case.changed');
}
