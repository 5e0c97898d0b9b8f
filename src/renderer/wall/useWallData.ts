// Loads the wall's snapshot and keeps it live: every pushed case.changed (and Party work's
// partyService.changed, partyList.changed) pulls one small
// delta (events since the last one seen, the figures they move), never the whole
// snapshot again. A slow tick pulls a delta too, because cases turn overdue with time
// and no event says so; a new day, a scope change or a missed burst reloads the snapshot.
import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../api/api';
import { applyDelta, expirePulses, fromSnapshot, type WallModel } from './wallModel';
import { chinaDate } from './format';
import { officeNow } from '../session/officeClock';

/** Push bursts (a bulk assignment emits one event per case) become one delta. */
const COALESCE_MS = 15;
/** Time alone changes lights and overdue counts: catch up this often without any push. */
const CLOCK_TICK_MS = 60_000;
const PULSE_TICK_MS = 1_000;

export interface WallData {
  model: WallModel | null;
  error: unknown;
  reload: () => void;
}

export function useWallData(communityId: number | null): WallData {
  const [model, setModelState] = useState<WallModel | null>(null);
  const [error, setError] = useState<unknown>(null);
  const modelRef = useRef<WallModel | null>(null);
  const generation = useRef(0);
  const scopeRef = useRef(communityId);
  const inFlight = useRef(false);
  const again = useRef(false);

  const setModel = useCallback((next: WallModel | null) => {
    modelRef.current = next;
    setModelState(next);
  }, []);

  const load = useCallback(() => {
    const gen = ++generation.current;
    const scope = scopeRef.current;
    api.call('wall.snapshot', scope === null ? {} : { communityId: scope }).then(
      (snapshot) => {
        if (gen !== generation.current) return;
        setError(null);
        setModel(fromSnapshot(snapshot));
      },
      (err: unknown) => {
        if (gen === generation.current) setError(err);
      },
    );
  }, [setModel]);

  const pullDelta = useCallback(async () => {
    if (inFlight.current) {
      again.current = true;
      return;
    }
    const base = modelRef.current;
    if (!base) return;
    inFlight.current = true;
    const gen = generation.current;
    const scope = scopeRef.current;
    try {
      const delta = await api.call('wall.delta', scope === null ? { sinceEventId: base.lastEventId } : { sinceEventId: base.lastEventId, communityId: scope });
      // A snapshot load started meanwhile: it supersedes this delta.
      if (gen !== generation.current || modelRef.current !== base) return;
      if (delta.truncated) load();
      else setModel(applyDelta(base, delta, officeNow()));
    } catch {
      // The next push or tick tries again; a lost session is handled by the session provider.
    } finally {
      inFlight.current = false;
      if (again.current) {
        again.current = false;
        void pullDelta();
      }
    }
  }, [load, setModel]);

  useEffect(() => {
    scopeRef.current = communityId;
    load();
  }, [communityId, load]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const pull = () => {
      clearTimeout(timer);
      timer = setTimeout(() => void pullDelta(), COALESCE_MS);
    };
    // Party work moves the Party panel: wishes, 双报到, volunteers, and the 三张清单.
    const offs = [api.on('case.changed', pull), api.on('partyService.changed', pull), api.on('partyList.changed', pull)];
    return () => {
      clearTimeout(timer);
      for (const off of offs) off();
    };
  }, [pullDelta]);

  useEffect(() => {
    const timer = setInterval(() => {
      const current = modelRef.current;
      if (current && current.trend.at(-1)?.day !== chinaDate(officeNow())) load();
      else void pullDelta();
    }, CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, [load, pullDelta]);

  const pulsing = (model?.pulsing.size ?? 0) > 0;
  useEffect(() => {
    if (!pulsing) return;
    const timer = setInterval(() => {
      const current = modelRef.current;
      if (current) {
        const next = expirePulses(current, officeNow());
        if (next !== current) setModel(next);
      }
    }, PULSE_TICK_MS);
    return () => clearInterval(timer);
  }, [pulsing, setModel]);

  return { model, error, reload: load };
}
