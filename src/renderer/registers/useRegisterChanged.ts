// A counter that goes up whenever a register write lands anywhere (register.changed, pushed
// by the core after each write and each import commit): pass it as a reloadKey so a drawer or
// the map asks again. Bursts (an import touching many buildings) are folded into one reload.
import { useEffect, useState } from 'react';
import { api } from '../api/api';

const DEBOUNCE_MS = 150;

export function useRegisterChanged(): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = api.on('register.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => setVersion((n) => n + 1), DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, []);
  return version;
}
