// The first session.status, asked as the page starts (main.tsx) rather than after React's
// first render: the console's first screen waits for its answer, and asked first it is not
// queued behind the map data the page fetches at the same time.
import type { ApiOutput } from '../../shared/api';
import { api } from '../api/api';

let early: Promise<ApiOutput<'session.status'>> | null = null;

export function prefetchSessionStatus(): void {
  early = api.call('session.status', {});
  // Whoever takes it handles a failure (SessionProvider shows the service as offline).
  early.catch(() => undefined);
}

/** The early answer, once; later checks ask again. */
export function takeEarlySessionStatus(): Promise<ApiOutput<'session.status'>> | null {
  const call = early;
  early = null;
  return call;
}
