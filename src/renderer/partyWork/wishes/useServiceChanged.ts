// A counter that grows whenever Party service changes anywhere (partyService.changed), for
// queries to reload on.
import { useEffect, useState } from 'react';
import { api } from '../../api/api';

export function useServiceChanged(): number {
  const [n, setN] = useState(0);
  useEffect(() => api.on('partyService.changed', () => setN((x) => x + 1)), []);
  return n;
}
