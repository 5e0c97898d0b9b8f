// The dispatch desk's state: filters and page, the queue, the cursor row, what the side
// pane shows (a case or the intake form), the bulk selection, the intake pin, the reports
// (indicators, ledger), and the keyboard commands that move through all of it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CaseRow, RecordedCaseDetail } from '../../shared/cases';
import type { LngLat, UserView } from '../../shared/views';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { pinCollection } from '../map/overlays/pinOverlay';
import { useCaseDetail } from './detail/useCaseDetail';
import type { ShortcutCommand } from './keys/shortcuts';
import { DEFAULT_FILTERS, type QueueFilters } from './queue/queueFilters';
import { queueFeatures } from './queue/queueFeatures';
import { useCaseQueue } from './queue/useCaseQueue';
import { canBulkAssign, canReport } from './roles';
import { useDeskReports } from './useDeskReports';

export type SidePane = { kind: 'none' } | { kind: 'case'; id: number } | { kind: 'intake' };
export interface Flash {
  tone: 'ok' | 'error';
  text: string;
  seq: number;
}

const FLASH_MS = 5000;
/** Close enough to see the case's street and neighbours in the desk's narrower map. */
const CASE_ZOOM = 16;

export function useDispatchDesk({ enabled, user, flyTo }: { enabled: boolean; user: UserView; flyTo: (center: LngLat, zoom?: number) => void }) {
  const t = useT();
  const [filters, setFiltersState] = useState<QueueFilters>(DEFAULT_FILTERS);
  const [page, setPage] = useState(0);
  const queue = useCaseQueue(filters, page, enabled);
  const rows: CaseRow[] = useMemo(() => queue.data?.items ?? [], [queue.data]);
  const [cursorId, setCursorId] = useState<number | null>(null);
  const [pane, setPane] = useState<SidePane>({ kind: 'none' });
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [pin, setPin] = useState<LngLat | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [settingsOpen, setSettingsOpen] = useState(false);
  const [flash, setFlash] = useState<Flash | null>(null);
  const reports = useDeskReports();
  const [busy, setBusy] = useState(false);
  const openId = pane.kind === 'case' ? pane.id : null;
  const detail = useCaseDetail(enabled ? openId : null);
  const searchRef = useRef<HTMLInputElement>(null);
  /** Where the cursor last was, so that a case leaving the queue hands the cursor to the one taking its place. */
  const lastIndex = useRef(0);

  const setFilters = useCallback((patch: Partial<QueueFilters>) => {
    setFiltersState((f) => ({ ...f, ...patch }));
    setPage(0);
    setSelected(new Set());
  }, []);
  const resetFilters = useCallback(() => {
    setFiltersState((f) => ({ ...DEFAULT_FILTERS, queue: f.queue }));
    setPage(0);
    setSelected(new Set());
  }, []);
  const goToPage = useCallback((p: number) => {
    setPage(p);
    setSelected(new Set());
  }, []);

  useEffect(() => {
    const index = rows.findIndex((r) => r.id === cursorId);
    if (index >= 0) lastIndex.current = index;
    else if (cursorId === null && rows[0]) setCursorId(rows[0].id);
  }, [rows, cursorId]);

  const say = useCallback((tone: Flash['tone'], text: string) => setFlash((f) => ({ tone, text, seq: (f?.seq ?? 0) + 1 })), []);
  useEffect(() => {
    if (!flash) return;
    const timer = setTimeout(() => setFlash(null), FLASH_MS);
    return () => clearTimeout(timer);
  }, [flash]);

  const openCase = useCallback(
    (id: number, center?: LngLat) => {
      setCursorId(id);
      setPane({ kind: 'case', id });
      const where = center ?? rows.find((r) => r.id === id)?.center;
      if (where) flyTo(where, CASE_ZOOM);
    },
    [rows, flyTo],
  );
  const closePane = useCallback(() => {
    setPane({ kind: 'none' });
    setPin(null);
  }, []);
  const startIntake = useCallback(() => {
    if (!canReport(user.role)) return;
    setPane({ kind: 'intake' });
  }, [user.role]);

  const move = useCallback(
    (step: 1 | -1) => {
      if (rows.length === 0) return;
      const index = rows.findIndex((r) => r.id === cursorId);
      let target: number;
      if (index >= 0) target = index + step;
      // The cursor's case has left the queue: the row now in its place is the next one.
      else target = step === 1 ? lastIndex.current : lastIndex.current - 1;
      target = Math.max(0, Math.min(rows.length - 1, target));
      const row = rows[target];
      if (!row) return;
      setCursorId(row.id);
      // With a case open, moving opens the next one (reading through the queue).
      if (pane.kind === 'case') openCase(row.id, row.center);
      document.querySelector(`[data-testid="queue-row"][data-case-id="${row.id}"]`)?.scrollIntoView({ block: 'nearest' });
    },
    [rows, cursorId, pane.kind, openCase],
  );

  /** The case a one-key action applies to: the open one, else the cursor row. */
  const targetId = openId ?? cursorId;

  const afterAction = useCallback(
    (updated: RecordedCaseDetail) => {
      detail.replace(updated);
      queue.reload();
    },
    [detail, queue],
  );

  const registerTarget = useCallback(async () => {
    if (targetId === null || busy) return;
    const code = rows.find((r) => r.id === targetId)?.code ?? detail.detail?.code ?? '';
    setBusy(true);
    try {
      const updated = await api.call('case.act', { caseId: targetId, action: 'register' });
      afterAction(updated);
      say('ok', t('dispatch.flash.registered', { code: updated.code || code }));
    } catch (error) {
      say('error', t('dispatch.flash.failed', { code, message: errorMessage(error, t) }));
    } finally {
      setBusy(false);
    }
  }, [targetId, busy, rows, detail.detail, afterAction, say, t]);

  const assignTargetToSuggested = useCallback(async () => {
    if (targetId === null || busy) return;
    const row = rows.find((r) => r.id === targetId);
    const code = row?.code ?? detail.detail?.code ?? '';
    const status = detail.detail?.id === targetId ? detail.detail.status : row?.status;
    if (status === 'reported') {
      say('error', t('dispatch.flash.registerFirst', { code }));
      return;
    }
    setBusy(true);
    try {
      const suggestion = await api.call('case.suggest', { caseId: targetId });
      const { kind, id, name } = suggestion.suggested;
      const updated = await api.call('case.act', { caseId: targetId, action: 'dispatch', assignee: { kind, id } });
      afterAction(updated);
      say('ok', t('dispatch.flash.dispatched', { code: updated.code || code, name }));
    } catch (error) {
      say('error', t('dispatch.flash.failed', { code, message: errorMessage(error, t) }));
    } finally {
      setBusy(false);
    }
  }, [targetId, busy, rows, detail.detail, afterAction, say, t]);

  const run = useCallback(
    (command: ShortcutCommand) => {
      switch (command) {
        case 'next':
          return move(1);
        case 'previous':
          return move(-1);
        case 'open': {
          // Enter must not throw away a half-filled intake form.
          if (pane.kind === 'intake') return;
          const row = rows.find((r) => r.id === cursorId);
          if (row) openCase(row.id, row.center);
          return;
        }
        case 'assign':
          return void assignTargetToSuggested();
        case 'register':
          return void registerTarget();
        case 'intake':
          return startIntake();
        case 'search':
          searchRef.current?.focus();
          searchRef.current?.select();
          return;
        case 'help':
          return setHelpOpen((h) => !h);
        case 'close':
          if (helpOpen) return setHelpOpen(false);
          if (pane.kind !== 'none') return closePane();
          return;
      }
    },
    [move, rows, cursorId, openCase, assignTargetToSuggested, registerTarget, startIntake, helpOpen, pane.kind, closePane],
  );

  const toggleSelected = useCallback((id: number, on: boolean) => {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const selectAll = useCallback((on: boolean) => setSelected(on ? new Set(rows.map((r) => r.id)) : new Set()), [rows]);

  const features = useMemo(() => queueFeatures(rows), [rows]);
  const pinData = useMemo(() => (pin ? pinCollection(pin) : null), [pin]);

  return {
    user,
    filters,
    setFilters,
    resetFilters,
    page,
    goToPage,
    queue,
    rows,
    cursorId,
    setCursorId,
    pane,
    openCase,
    closePane,
    startIntake,
    detail,
    afterAction,
    selected,
    toggleSelected,
    selectAll,
    clearSelection: useCallback(() => setSelected(new Set()), []),
    pin,
    setPin,
    pinData,
    features,
    helpOpen,
    setHelpOpen,
    settingsOpen,
    setSettingsOpen,
    reports,
    flash,
    say,
    dismissFlash: useCallback(() => setFlash(null), []),
    busy,
    run,
    searchRef,
    canBulkAssign: canBulkAssign(user.role),
  };
}

export type DispatchDesk = ReturnType<typeof useDispatchDesk>;
