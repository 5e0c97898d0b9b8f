// A counter that moves when the core pushes `care.changed` (a visit, a task, the rules):
// pass it as useApiQuery's reload key.
import { useEffect, useState } from 'react';
import { api } from '../api/api';

export function useCareChanged(): number {
  const [n, setN] = useState(0);
  useEffect(() => api.on('care.changed', () => setN((k) => k + 1)), []);
  return n;
}
