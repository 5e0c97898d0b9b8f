// The console after unlocking. Two work areas share one map: 地图 (header, summary strip,
// layer panel with search, the map and the detail drawer) and 案件调度 (the dispatch
// desk: queue, the map of the queue's cases, the case or intake pane). Holds the view
// state; the map gets it as a description.
import { Alert, Box, Center } from '@mantine/core';
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { OverlayKind } from '../../shared/domain';
import type { LngLat, SearchHit, UserView } from '../../shared/views';
import { GRID_PANE_WIDTH, GridEditorPane } from '../grids/GridEditorPane';
import { useGridEditor } from '../grids/useGridEditor';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { DetailDrawer, DRAWER_WIDTH } from '../detail/DetailDrawer';
import { sameRef, type DetailRef } from '../detail/detailRef';
import { SettingsModal } from '../dispatch/admin/SettingsModal';
import { DeskFlash } from '../dispatch/DeskFlash';
import { ShortcutHelp } from '../dispatch/keys/ShortcutHelp';
import { useShortcuts } from '../dispatch/keys/useShortcuts';
import { QueuePane } from '../dispatch/queue/QueuePane';
import { SIDE_PANE_WIDTH, SidePane } from '../dispatch/SidePane';
import { useDispatchDesk } from '../dispatch/useDispatchDesk';
import { useT } from '../i18n/LocaleProvider';
import { describeMap } from '../map/describeMap';
import { useMapBase } from '../map/useMapBase';
import { LAYER } from '../map/layerIds';
import type { MapHit } from '../map/mapHit';
import { MapView, type CameraRequest } from '../map/MapView';
import { useSession } from '../session/SessionProvider';
import { consoleColors } from '../theme/consoleColors';
import { ConsoleHeader } from './ConsoleHeader';
import { useConsoleMode } from './consoleMode';
import { LayerPanel } from './LayerPanel';
import { MapTooltip } from './MapTooltip';
import { searchTarget } from './searchTarget';
import { SummaryStrip } from './SummaryStrip';
import { useThematic } from './thematic/useThematic';
import { useOverlays } from './useOverlays';
import { PARTY_PANE_WIDTH, PartyWorkspace, type PartyFocus } from '../partyWork/PartyWorkspace';
import { usePartyMap } from '../partyWork/map/usePartyMap';
import { useBuildingDayMap } from '../buildingDays/useBuildingDayMap';
import { CARE_PANE_WIDTH, CareWorkspace } from '../care/CareWorkspace';
import { MEETINGS_PANE_WIDTH, MeetingsWorkspace } from '../meetings/MeetingsWorkspace';
import { BasemapAttribution } from '../map/basemap/BasemapAttribution';
import { useBasemapDescription } from '../map/basemap/useBasemapDescription';

const FOCUS_ZOOM = 17;
/** A whole grid fits the view at this zoom. */
const GRID_ZOOM = 16;
const SUMMARY_REFRESH_DEBOUNCE_MS = 1500;
/** The queue's width on the desk: the table's fixed columns plus a readable address. */
const QUEUE_WIDTH = 960;
/** On the desk the map shows the queue's cases over the buildings, and nothing else. */
const DESK_LAYERS: Record<OverlayKind, boolean> = { buildings: true, households: false, partyOrgs: false, tenants: false, cases: true, facilities: false };
/** Grid management shows buildings (a grid line must not cut one) and nothing else. */
const GRID_LAYERS: Record<OverlayKind, boolean> = { buildings: true, households: false, partyOrgs: false, tenants: false, cases: false, facilities: false };
const PROBLEM_ZOOM = 16.5;
/** The layer panel's sections wait for the map's first draw at most this long. */
const SECTIONS_AT_LATEST_MS = 8000;
/** In grid management a click anywhere in a grid selects it, buildings included. */
const GRID_EDIT_INTERACTIVE: readonly string[] = [LAYER.draftGridFill, LAYER.gridFill];

export function ConsoleScreen({ user, streetName }: { user: UserView; streetName: string }) {
  const t = useT();
  const { lock } = useSession();
  const [storedMode, setMode] = useConsoleMode();
  const mode = storedMode === 'grids' && user.role !== 'admin' ? 'map' : storedMode;
  const onDesk = mode === 'dispatch';
  const onGrids = mode === 'grids';
  const onParty = mode === 'party';
  const onCare = mode === 'care';
  const onMeetings = mode === 'meetings';
  const partyMap = usePartyMap(onParty);
  /** The 三张清单 item last clicked on the map (seq makes a second click on the same item count). */
  const [partyFocus, setPartyFocus] = useState<PartyFocus | null>(null);
  const visitMap = useBuildingDayMap(onParty);
  const [summaryReload, setSummaryReload] = useState(0);
  // Grids redrawn (here or in another window): the map and the figures reload.
  const { state: base, data: baseData } = useMapBase(() => setSummaryReload((n) => n + 1));
  const summary = useApiQuery('street.summary', {}, summaryReload);
  // Overlays load alongside map.base, not after it: the first idle waits for both.
  const overlays = useOverlays(base.status !== 'error');
  const thematic = useThematic(baseData, !onDesk && !onGrids && baseData !== null);
  const [gridsVisible, setGridsVisible] = useState(true);
  const [labelsVisible, setLabelsVisible] = useState(true);
  // The map first: the layer panel's sections (toggles, legends, thematic maps, basemap)
  // render once the map has drawn its first data, or after SECTIONS_AT_LATEST_MS. Under
  // software GL the map's first draw takes seconds, and rendering the panel meanwhile
  // slows it; with a GPU the map draws in about a second and the wait is not seen.
  const [mapDrawn, setMapDrawn] = useState(false);
  // A transition: the map's own ready state commits first, the sections after it.
  const onMapDrawn = useCallback(() => startTransition(() => setMapDrawn(true)), []);
  useEffect(() => {
    const timer = setTimeout(() => setMapDrawn(true), SECTIONS_AT_LATEST_MS);
    return () => clearTimeout(timer);
  }, []);
  const [history, setHistory] = useState<DetailRef[]>([]);
  const [camera, setCamera] = useState<CameraRequest | null>(null);
  const current = history[history.length - 1] ?? null;

  const flyTo = useCallback((center: LngLat, zoom = FOCUS_ZOOM) => {
    setCamera((c) => ({ center, zoom, seq: (c?.seq ?? 0) + 1 }));
  }, []);

  const desk = useDispatchDesk({ enabled: onDesk, user, flyTo });
  useShortcuts(desk.run, onDesk);

  // Live figures: a case changing anywhere refreshes the strip (debounced for bursts).
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const off = api.on('case.changed', () => {
      clearTimeout(timer);
      timer = setTimeout(() => setSummaryReload((n) => n + 1), SUMMARY_REFRESH_DEBOUNCE_MS);
    });
    return () => {
      clearTimeout(timer);
      off();
    };
  }, []);

  const editor = useGridEditor(baseData, onGrids);
  const deskSelection: DetailRef | null = desk.pane.kind === 'case' ? { kind: 'case', id: desk.pane.id } : null;
  const description = useMemo(() => {
    if (!baseData) return null;
    if (onGrids) {
      const preview = editor.preview;
      return describeMap({
        base: baseData,
        overlays: overlays.payloads,
        visible: GRID_LAYERS,
        gridsVisible: true,
        labelsVisible,
        selection: null,
        gridEdit: {
          draftGrids: preview?.grids ?? [],
          hiddenGridIds: preview ? [...preview.grids.map((g) => g.id).filter((id) => id > 0), ...preview.removedGridIds] : [],
          selectedIds: editor.selected,
          problems: editor.problems,
          focusedProblem: editor.focused,
        },
      });
    }
    if (onParty) return visitMap.describe(partyMap.describe(describeMap({ base: baseData, overlays: overlays.payloads, visible: GRID_LAYERS, gridsVisible, labelsVisible, selection: null })));
    if (onDesk) {
      return describeMap({
        base: baseData,
        overlays: overlays.payloads,
        visible: DESK_LAYERS,
        gridsVisible,
        labelsVisible,
        selection: deskSelection,
        queueCases: desk.features,
        pin: desk.pinData,
      });
    }
    return describeMap({
      base: baseData,
      overlays: overlays.payloads,
      visible: overlays.visible,
      gridsVisible,
      labelsVisible,
      selection: current,
      thematic: thematic.mapState,
    });
    // deskSelection is rebuilt every render; its id is what matters.
  }, [
    baseData,
    onDesk,
    onGrids,
    onParty,
    partyMap.describe,
    visitMap.describe,
    overlays.payloads,
    overlays.visible,
    gridsVisible,
    labelsVisible,
    current,
    deskSelection?.id,
    desk.features,
    desk.pinData,
    editor.preview,
    editor.selected,
    editor.problems,
    editor.focused,
    thematic.mapState,
  ]);

  // The offline basemap, when a file is chosen, goes under every mode's layers.
  const mapDescription = useBasemapDescription(description);

  const openFresh = useCallback((ref: DetailRef) => setHistory((h) => (sameRef(h[h.length - 1] ?? null, ref) ? h : [ref])), []);
  const openNested = useCallback((ref: DetailRef) => setHistory((h) => (sameRef(h[h.length - 1] ?? null, ref) ? h : [...h, ref])), []);

  const { openCase } = desk;
  const onMapSelect = useCallback(
    (hit: MapHit) => {
      if (hit.type === 'partyItem') {
        // Only 党建工作 draws these; its lists open the item's drawer.
        setPartyFocus((f) => ({ itemId: hit.itemId, seq: (f?.seq ?? 0) + 1 }));
        return;
      }
      if (hit.type !== 'detail') return;
      if (onGrids) {
        if (hit.ref.kind === 'grid') editor.select(hit.ref.id);
        return;
      }
      // On the desk only cases answer a click: the map is there to place and pick them.
      if (onDesk) {
        if (hit.ref.kind === 'case') openCase(hit.ref.id);
        return;
      }
      openFresh(hit.ref);
    },
    [onDesk, onGrids, editor.select, openCase, openFresh],
  );

  const onSearchPick = useCallback(
    (hit: SearchHit) => {
      flyTo(hit.center);
      const ref = searchTarget(hit);
      if (ref) openFresh(ref);
    },
    [flyTo, openFresh],
  );

  // A grid picked from a thematic list: fly to it and open it, which also outlines it.
  const onPickGrid = useCallback(
    (gridId: number) => {
      const label = baseData?.gridLabels.features.find((f) => f.properties.id === gridId);
      if (!label) return;
      flyTo(label.geometry.coordinates as LngLat, GRID_ZOOM);
      openFresh({ kind: 'grid', id: gridId });
    },
    [baseData, flyTo, openFresh],
  );

  const handleOnDesk = useCallback(
    (caseId: number, center: LngLat) => {
      setMode('dispatch');
      setHistory([]);
      openCase(caseId, center);
    },
    [setMode, openCase],
  );

  const picking = onDesk && desk.pane.kind === 'intake';
  const onPick = picking ? desk.setPin : null;

  const renderTooltip = useCallback((hit: MapHit) => <MapTooltip hit={hit} />, []);
  const bounds = baseData?.street.bbox ?? null;
  const sideOpen = onDesk && desk.pane.kind !== 'none';

  const layout = onMeetings
    ? { gridTemplateAreas: '"header header" "meetings map"', gridTemplateColumns: `${MEETINGS_PANE_WIDTH}px 1fr`, gridTemplateRows: 'auto minmax(0, 1fr)' }
    : onCare
    ? { gridTemplateAreas: '"header header" "care map"', gridTemplateColumns: `${CARE_PANE_WIDTH}px 1fr`, gridTemplateRows: 'auto minmax(0, 1fr)' }
    : onParty
    ? { gridTemplateAreas: '"header header" "party map"', gridTemplateColumns: `${PARTY_PANE_WIDTH}px 1fr`, gridTemplateRows: 'auto minmax(0, 1fr)' }
    : onGrids
    ? { gridTemplateAreas: '"header header" "panel map"', gridTemplateColumns: `${GRID_PANE_WIDTH}px 1fr`, gridTemplateRows: 'auto minmax(0, 1fr)' }
    : onDesk
    ? {
        gridTemplateAreas: sideOpen ? '"header header header" "queue map side"' : '"header header" "queue map"',
        gridTemplateColumns: sideOpen ? `${QUEUE_WIDTH}px minmax(0, 1fr) ${SIDE_PANE_WIDTH}px` : `${QUEUE_WIDTH}px minmax(0, 1fr)`,
        gridTemplateRows: 'auto minmax(0, 1fr)',
      }
    : { gridTemplateAreas: '"header header" "summary summary" "panel map"', gridTemplateColumns: '320px 1fr', gridTemplateRows: 'auto auto minmax(0, 1fr)' };

  return (
    <Box data-testid="console" data-mode={mode} style={{ display: 'grid', height: '100%', ...layout, background: consoleColors.appBg }}>
      <ConsoleHeader
        user={user}
        streetName={baseData?.street.name ?? streetName}
        district={baseData?.street.district ?? null}
        onLock={() => void lock()}
        mode={mode}
        onMode={setMode}
      />
      {onGrids && baseData && <GridEditorPane editor={editor} base={baseData} onFocusProblem={(p) => flyTo(p.at, PROBLEM_ZOOM)} />}
      {onParty && <PartyWorkspace user={user} onLocate={flyTo} focus={partyFocus} />}
      {onCare && <CareWorkspace user={user} onLocate={flyTo} />}
      {onMeetings && <MeetingsWorkspace user={user} onLocate={flyTo} />}
      {!onDesk && !onGrids && !onParty && !onCare && !onMeetings && <SummaryStrip summary={summary.status === 'ok' ? summary.data : null} />}
      {!onDesk && !onGrids && !onParty && !onCare && !onMeetings && (
        <LayerPanel
          base={baseData}
          overlays={overlays}
          thematic={thematic}
          gridsVisible={gridsVisible}
          labelsVisible={labelsVisible}
          onGrids={setGridsVisible}
          onLabels={setLabelsVisible}
          onSearchPick={onSearchPick}
          onPickGrid={onPickGrid}
          sectionsShown={mapDrawn || base.status === 'error'}
        />
      )}
      {onDesk && <QueuePane desk={desk} base={baseData} />}
      <Box style={{ gridArea: 'map', position: 'relative', minWidth: 0, minHeight: 0 }}>
        {base.status === 'error' ? (
          <Center h="100%">
            <Alert color="red" title={t('app.connectFailed')}>
              {errorMessage(base.error, t)}
            </Alert>
          </Center>
        ) : (
          <MapView
            description={mapDescription}
            bounds={bounds}
            camera={camera}
            busy={overlays.busy || thematic.busy || base.status === 'loading'}
            loadingLabel={t('map.loading')}
            insetRight={!onDesk && !onGrids && current ? DRAWER_WIDTH : 0}
            onSelect={onMapSelect}
            onPick={onPick}
            renderTooltip={renderTooltip}
            draw={onGrids ? editor.draw : null}
            interactiveLayers={onGrids ? GRID_EDIT_INTERACTIVE : undefined}
            onDrawn={editor.onDrawn}
            onFirstDrawn={onMapDrawn}
          />
        )}
        <BasemapAttribution />
        {picking && (
          <Box pos="absolute" top={10} left="50%" style={{ transform: 'translateX(-50%)', zIndex: 6, pointerEvents: 'none' }} data-testid="pick-hint">
            <Alert color="command" variant="filled" p={6} radius="sm">
              {t('intake.pickHint')}
            </Alert>
          </Box>
        )}
        {!onDesk && !onGrids && !onParty && !onCare && !onMeetings && current && (
          <DetailDrawer
            key={`${current.kind}-${current.id}`}
            current={current}
            canGoBack={history.length > 1}
            onBack={() => setHistory((h) => h.slice(0, -1))}
            onClose={() => setHistory([])}
            onOpen={openNested}
            onLocate={flyTo}
            onHandleCase={handleOnDesk}
          />
        )}
      </Box>
      {onDesk && <SidePane desk={desk} onLocate={flyTo} />}
      {onDesk && <ShortcutHelp opened={desk.helpOpen} onClose={() => desk.setHelpOpen(false)} />}
      {onDesk && <SettingsModal opened={desk.settingsOpen} base={baseData} onClose={() => desk.setSettingsOpen(false)} />}
      {onDesk && <DeskFlash flash={desk.flash} onClose={desk.dismissFlash} />}
    </Box>
  );
}
