// Grid management state: the draft (an ordered list of operations), its preview from the
// core (re-run after every change: live validation and the move preview), the selected
// grids, the drawing tool, the whole-street check and the edit history.
import type { LineString, Polygon } from 'geojson';
import { useCallback, useEffect, useRef, useState } from 'react';
import { gridLabel } from '../../shared/gridLabel';
import type { GridEditOp, GridEditPreview, GridEditRecord, GridProblem, StaffReviewView, StreetValidation } from '../../shared/gridEdit';
import type { LngLat, MapBase } from '../../shared/views';
import { api } from '../api/api';
import { isApiClientError } from '../api/ApiClientError';
import type { DrawRequest, DrawTool } from '../map/drawControl';

export type EditTool = 'none' | 'polygon' | 'line' | 'reshape';
export type ProblemSource = 'draft' | 'street';

export interface GridEditor {
  ops: GridEditOp[];
  preview: GridEditPreview | null;
  checking: boolean;
  /** What to tell the administrator: an operation the core refused (kept until they act
   *  again), else the last failed call. */
  error: unknown;
  selected: number[];
  tool: EditTool;
  draw: DrawRequest | null;
  drawCommunityId: number | null;
  street: StreetValidation | null;
  validating: boolean;
  problems: GridProblem[];
  problemSource: ProblemSource;
  focused: number | null;
  history: GridEditRecord[];
  reviews: StaffReviewView[];
  resolveReview: (id: number) => void;
  select: (id: number) => void;
  startDraw: (communityId: number) => void;
  startSplit: () => void;
  startReshape: () => void;
  stopTool: () => void;
  onDrawn: (geometry: Polygon | LineString) => void;
  merge: () => void;
  setAttributes: (gridId: number, change: { communityId?: number; code?: string; name?: string }) => void;
  undoStep: () => void;
  discard: () => void;
  validateStreet: () => void;
  focusProblem: (index: number) => GridProblem | null;
  save: (overrideReason: string | null) => Promise<boolean>;
  undoEdit: (editId: number) => Promise<boolean>;
  /** Geometry and code of a grid as the draft has it (draft grids first, then the saved map). */
  gridInfo: (id: number) => { code: string; name: string; communityId: number; households: number | null; boundary: Polygon } | null;
  /** Where a grid is, for flying to it. */
  gridCenter: (id: number) => LngLat | null;
  /** The grid's short name with its community (铁马·11网格), as the draft has it; a grid merged
   *  away keeps its saved name. Codes repeat nothing a reader can use. */
  labelOf: (id: number) => string;
}

export function useGridEditor(base: MapBase | null, enabled: boolean): GridEditor {
  const [ops, setOps] = useState<GridEditOp[]>([]);
  const [preview, setPreview] = useState<GridEditPreview | null>(null);
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // A refused operation is dropped from the draft, which asks for a new preview; its
  // message must outlive that preview, so it is kept apart from call errors.
  const [refusal, setRefusal] = useState<unknown>(null);
  const [selected, setSelected] = useState<number[]>([]);
  const [tool, setTool] = useState<EditTool>('none');
  const [draw, setDraw] = useState<DrawRequest | null>(null);
  const [drawCommunityId, setDrawCommunityId] = useState<number | null>(null);
  const [street, setStreet] = useState<StreetValidation | null>(null);
  const [validating, setValidating] = useState(false);
  const [focused, setFocused] = useState<number | null>(null);
  const [history, setHistory] = useState<GridEditRecord[]>([]);
  const [reviews, setReviews] = useState<StaffReviewView[]>([]);
  const nextKey = useRef(-1);
  const previewSeq = useRef(0);
  const opsRef = useRef(ops);
  opsRef.current = ops;

  const loadHistory = useCallback(() => {
    void api.call('grid.history', {}).then(setHistory, () => setHistory([]));
    void api.call('grid.staffReviews', {}).then(setReviews, () => setReviews([]));
  }, []);
  const resolveReview = useCallback(
    (id: number) => {
      void api.call('grid.resolveStaffReview', { id }).then(loadHistory, (e: unknown) => setError(e));
    },
    [loadHistory],
  );
  useEffect(() => {
    if (enabled) loadHistory();
  }, [enabled, loadHistory]);

  // Every change to the draft asks the core again; a refused operation is dropped with its message.
  useEffect(() => {
    if (ops.length === 0) {
      setPreview(null);
      setError(null);
      setChecking(false);
      setSelected((sel) => sel.filter((id) => id > 0));
      return;
    }
    const seq = ++previewSeq.current;
    setChecking(true);
    api.call('grid.preview', { ops }).then(
      (p) => {
        if (seq !== previewSeq.current) return;
        setPreview(p);
        setError(null);
        setChecking(false);
        setFocused(null);
        // New grids dropped by an undone step, or grids merged away, cannot stay selected.
        setSelected((sel) => sel.filter((id) => !p.removedGridIds.includes(id) && (id > 0 || p.grids.some((g) => g.id === id))));
      },
      (e: unknown) => {
        if (seq !== previewSeq.current) return;
        if (!(isApiClientError(e) && e.code === 'invalid_input')) setError(e);
        setChecking(false);
        // A refused operation leaves the draft; a lost connection keeps it for the next try.
        if (isApiClientError(e) && e.code === 'invalid_input') {
          setRefusal(e);
          setError(null);
          setOps((list) => list.slice(0, -1));
          // terra-draw still shows the refused shape: start the tool again from the draft.
          setTool('none');
          setDraw(null);
        }
      },
    );
  }, [ops]);

  const startTool = useCallback((next: EditTool, drawTool: DrawTool | null) => {
    // Taking up a tool is the administrator's answer to a refusal.
    if (drawTool) setRefusal(null);
    setTool(next);
    setDraw((d) => (drawTool ? { tool: drawTool, seq: (d?.seq ?? 0) + 1 } : null));
  }, []);

  const gridInfo = useCallback<GridEditor['gridInfo']>(
    (id) => {
      const drafted = preview?.grids.find((g) => g.id === id);
      if (drafted) return { code: drafted.code, name: drafted.name, communityId: drafted.communityId, households: drafted.households, boundary: drafted.boundary };
      if (preview?.removedGridIds.includes(id)) return null;
      const saved = base?.grids.features.find((f) => f.properties.id === id);
      return saved ? { code: saved.properties.code, name: saved.properties.name, communityId: saved.properties.communityId, households: saved.properties.households, boundary: saved.geometry } : null;
    },
    [preview, base],
  );

  const labelOf = useCallback<GridEditor['labelOf']>(
    (id) => {
      const info = gridInfo(id);
      const saved = base?.grids.features.find((f) => f.properties.id === id)?.properties;
      const communityName = (communityId: number) => base?.communities.features.find((f) => f.properties.id === communityId)?.properties.name ?? '';
      if (info) return gridLabel({ name: info.name, communityName: communityName(info.communityId) });
      return saved ? gridLabel(saved) : String(id);
    },
    [gridInfo, base],
  );

  const gridCenter = useCallback<GridEditor['gridCenter']>(
    (id) => {
      const drafted = preview?.grids.find((g) => g.id === id);
      if (drafted) return drafted.label;
      const label = base?.gridLabels.features.find((f) => f.properties.id === id);
      const c = label?.geometry.coordinates;
      return c ? [c[0] ?? 0, c[1] ?? 0] : null;
    },
    [preview, base],
  );

  const push = useCallback((op: GridEditOp) => {
    setError(null);
    setRefusal(null);
    setOps((list) => [...list, op]);
  }, []);

  const select = useCallback(
    (id: number) => {
      if (tool !== 'none') return;
      setSelected((s) => (s.includes(id) ? s.filter((x) => x !== id) : [...s, id].slice(-2)));
    },
    [tool],
  );

  const onDrawn = useCallback(
    (geometry: Polygon | LineString) => {
      if (tool === 'polygon' && geometry.type === 'Polygon' && drawCommunityId !== null) {
        const key = nextKey.current--;
        push({ op: 'draw', key, communityId: drawCommunityId, boundary: geometry });
        setSelected([key]);
        startTool('none', null);
      } else if (tool === 'line' && geometry.type === 'LineString' && selected[0] !== undefined) {
        const key = nextKey.current--;
        push({ op: 'split', gridId: selected[0], line: geometry, newKey: key });
        setSelected([selected[0], key]);
        startTool('none', null);
      } else if (tool === 'reshape' && geometry.type === 'Polygon' && selected[0] !== undefined) {
        // One reshape step per grid, however many vertices are dragged: the core compares it
        // with the outline before the step and moves shared vertices of neighbours with it.
        const gridId = selected[0];
        setError(null);
        setRefusal(null);
        setOps((list) => {
          const last = list[list.length - 1];
          const next: GridEditOp = { op: 'reshape', gridId, boundary: geometry };
          return last?.op === 'reshape' && last.gridId === gridId ? [...list.slice(0, -1), next] : [...list, next];
        });
      }
    },
    [tool, drawCommunityId, selected, push, startTool],
  );

  const focusProblem = useCallback(
    (index: number) => {
      setFocused(index);
      const list = opsRef.current.length > 0 ? (preview?.problems ?? []) : (street?.problems ?? []);
      return list[index] ?? null;
    },
    [preview, street],
  );

  const reset = useCallback(() => {
    setOps([]);
    setRefusal(null);
    setPreview(null);
    setSelected([]);
    setFocused(null);
    startTool('none', null);
  }, [startTool]);

  /** A write that redraws the street (save, undo): on success the draft starts afresh. */
  const write = useCallback(
    async (call: () => Promise<unknown>) => {
      setRefusal(null);
      try {
        await call();
        reset();
        setStreet(null);
        loadHistory();
        return true;
      } catch (e) {
        setError(e);
        return false;
      }
    },
    [reset, loadHistory],
  );
  const save = useCallback(
    (overrideReason: string | null) =>
      write(() => api.call('grid.save', overrideReason ? { ops: opsRef.current, override: { reason: overrideReason } } : { ops: opsRef.current })),
    [write],
  );
  const undoEdit = useCallback((editId: number) => write(() => api.call('grid.undo', { editId })), [write]);

  const validateStreet = useCallback(() => {
    setRefusal(null);
    setValidating(true);
    setFocused(null);
    api.call('grid.validate', {}).then(
      (v) => {
        setStreet(v);
        setValidating(false);
      },
      (e: unknown) => {
        setError(e);
        setValidating(false);
      },
    );
  }, []);

  const problemSource: ProblemSource = ops.length > 0 ? 'draft' : 'street';
  const problems = problemSource === 'draft' ? (preview?.problems ?? []) : (street?.problems ?? []);

  return {
    ops,
    preview,
    checking,
    error: refusal ?? error,
    selected,
    tool,
    draw,
    drawCommunityId,
    street,
    validating,
    problems,
    problemSource,
    focused,
    history,
    reviews,
    resolveReview,
    select,
    startDraw: (communityId) => {
      setDrawCommunityId(communityId);
      setSelected([]);
      startTool('polygon', { kind: 'polygon' });
    },
    startSplit: () => startTool('line', { kind: 'line' }),
    startReshape: () => {
      const info = selected[0] !== undefined ? gridInfo(selected[0]) : null;
      if (info) startTool('reshape', { kind: 'reshape', geometry: info.boundary });
    },
    stopTool: () => startTool('none', null),
    onDrawn,
    merge: () => {
      const [a, b] = selected;
      if (a === undefined || b === undefined) return;
      // The grid with more households keeps its code, staff and history.
      const ha = gridInfo(a)?.households ?? 0;
      const hb = gridInfo(b)?.households ?? 0;
      const [keepId, removeId] = ha >= hb ? [a, b] : [b, a];
      push({ op: 'merge', keepId, removeId });
      setSelected([keepId]);
    },
    setAttributes: (gridId, change) => push({ op: 'attributes', gridId, ...change }),
    undoStep: () => {
      setOps((list) => list.slice(0, -1));
      setError(null);
      setRefusal(null);
    },
    discard: reset,
    validateStreet,
    focusProblem,
    save,
    undoEdit,
    gridInfo,
    gridCenter,
    labelOf,
  };
}
