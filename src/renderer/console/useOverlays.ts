// Which overlays are on, and their data: each kind is fetched the first time it is
// switched on, and cases are refetched when a case.changed event arrives.
import { useCallback, useEffect, useRef, useState } from 'react';
import { OVERLAY_KINDS, type OverlayKind } from '../../shared/domain';
import type { OverlayPayload } from '../../shared/views';
import { api } from '../api/api';

export type OverlayStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Buildings come with the map's base data (useMapBase), so that overlay never needs a fetch of its own. */
const FROM_BASE: ReadonlySet<OverlayKind> = new Set(['buildings']);

export const DEFAULT_VISIBLE: Record<OverlayKind, boolean> = {
  buildings: true,
  households: false,
  partyOrgs: false,
  tenants: false,
  cases: true,
  facilities: false,
};

const CASE_REFRESH_DEBOUNCE_MS = 800;

function initialStatus(): Record<OverlayKind, OverlayStatus> {
  const status: Record<OverlayKind, OverlayStatus> = { buildings: 'idle', households: 'idle', partyOrgs: 'idle', tenants: 'idle', cases: 'idle', facilities: 'idle' };
  for (const kind of FROM_BASE) status[kind] = 'ready';
  return status;
}

export function useOverlays(enabled: boolean) {
  const [visible, setVisible] = useState<Record<OverlayKind, boolean>>(DEFAULT_VISIBLE);
  const [payloads, setPayloads] = useState<Partial<Record<OverlayKind, OverlayPayload>>>({});
  const [status, setStatus] = useState<Record<OverlayKind, OverlayStatus>>(initialStatus);
  const statusRef = useRef(status);
  statusRef.current = status;

  const load = useCallback(async (kind: OverlayKind) => {
    setStatus((s) => ({ ...s, [kind]: 'loading' }));
    try {
      const payload = await api.call('map.overlay', { kind });
      setPayloads((p) => ({ ...p, [kind]: payload }));
      setStatus((s) => ({ ...s, [kind]: 'ready' }));
    } catch {
      setStatus((s) => ({ ...s, [kind]: 'error' }));
    }
  }, []);

  // Fetch what is visible and not fetched yet (also retries a failed kind when re-enabled).
  useEffect(() => {
    if (!enabled) return;
    for (const kind of OVERLAY_KINDS) {
      const st = statusRef.current[kind];
      if (visible[kind] && (st === 'idle' || st === 'error')) void load(kind);
    }
  }, [enabled, visible, load]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = api.on('case.changed', () => {
      if (statusRef.current.cases !== 'ready') return;
      clearTimeout(timer);
      timer = setTimeout(() => void load('cases'), CASE_REFRESH_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, [load]);

  const toggle = useCallback((kind: OverlayKind, on: boolean) => {
    setVisible((v) => ({ ...v, [kind]: on }));
  }, []);

  // A kind switched on but not asked for yet counts too: the switch and the busy flag change
  // in the same render, so nobody sees the map idle without the overlay it was just asked for.
  const busy = enabled && OVERLAY_KINDS.some((k) => visible[k] && (status[k] === 'loading' || status[k] === 'idle'));
  return { visible, toggle, payloads, status, busy };
}
