// While the form is filled in: open cases of the same subcategory near the pin, so the
// dispatcher sees a likely duplicate before submitting (the core checks again on report).
import { useEffect, useState } from 'react';
import type { DuplicateCandidate } from '../../../shared/cases';
import type { LngLat } from '../../../shared/views';
import { api } from '../../api/api';

export function useNearbyDuplicates(categoryId: number | null, pin: LngLat | null): DuplicateCandidate[] {
  const [found, setFound] = useState<DuplicateCandidate[]>([]);
  useEffect(() => {
    if (categoryId === null || !pin) {
      setFound([]);
      return;
    }
    let live = true;
    api.call('case.duplicates', { categoryId, lng: pin[0], lat: pin[1] }).then(
      (d) => live && setFound(d),
      // A hint only: when it cannot be had, the report's own check still runs.
      () => live && setFound([]),
    );
    return () => {
      live = false;
    };
  }, [categoryId, pin?.[0], pin?.[1]]);
  return found;
}
