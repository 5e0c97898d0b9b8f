// A counter that grows whenever an item of the lists changes anywhere (partyList.changed), for
// queries to reload on.
import { useEffect, useState } from 'react';
import { api } from '../../api/api';

export function useListsChanged(): number {
  const [n, setN] = useState(0);
  useEffect(() => api.on('partyList.changed', () => setN((x) => x + 1)), []);
  return n;
}
