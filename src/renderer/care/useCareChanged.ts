// A counter that moves when the core pushes `care.changed` (a visit, a task, the rules):
// pass it as useApiQuery's reload key.
import { useEventCount } from '../api/useEventCount';

export function useCareChanged(): number {
  return useEventCount('care.changed');
}
