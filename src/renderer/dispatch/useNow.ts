// The current time, ticking: relative due times ("剩余2小时") stay true without a refetch.
import { useEffect, useState } from 'react';
import { officeNow } from '../session/officeClock';

export function useNow(everyMs = 30_000): number {
  const [now, setNow] = useState(() => officeNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(officeNow()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
