// The case schemas for the desk's local form checks, loaded on first use: a static import of
// shared/cases.ts would build every zod schema of the API while the console loads, before
// the map's first draw. Until they are here a form checks nothing locally (the core checks
// every call anyway).
import { useEffect, useState } from 'react';

export type CaseSchemas = typeof import('../../shared/cases');

let loading: Promise<CaseSchemas> | null = null;
let loaded: CaseSchemas | null = null;

/** The module, downloaded once and shared by every form (as the screens are, screens.ts). */
export function loadCaseSchemas(): Promise<CaseSchemas> {
  return (loading ??= import('../../shared/cases').then((m) => (loaded = m)));
}

/** The schemas, or null while they load; the component renders again when they arrive. */
export function useCaseSchemas(): CaseSchemas | null {
  const [schemas, setSchemas] = useState(loaded);
  useEffect(() => {
    if (schemas) return;
    let live = true;
    void loadCaseSchemas().then((m) => live && setSchemas(m));
    return () => {
      live = false;
    };
  }, [schemas]);
  return schemas;
}
