// A counter that grows whenever a meeting, a matter or a case changes anywhere (a decision's
// progress follows its cases), for queries to reload on.
import { useEffect, useState } from 'react';
import { api } from '../api/api';

export function useMeetingsChanged(): number {
  const [n, setN] = useState(0);
  useEffect(() => {
    const bump = () => setN((x) => x + 1);
    const offs = [api.on('meeting.changed', bump), api.on('matter.changed', bump), api.on('case.changed', bump)];
    return () => offs.forEach((off) => off());
  }, []);
  return n;
}
