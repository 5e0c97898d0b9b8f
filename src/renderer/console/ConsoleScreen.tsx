// The console after unlocking: header, summary strip, layer panel with search, the map,
// and the detail drawer. Holds the view state; the map gets it as a description.
import { Alert, Box, Center } from '@mantine/core';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { LngLat, SearchHit, UserView } from '../../shared/views';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { DetailDrawer, DRAWER_WIDTH } from '../detail/DetailDrawer';
import { sameRef, type DetailRef } from '../detail/detailRef';
import { useT } from '../i18n/LocaleProvider';
import { describeMap } from '../map/describeMap';
import type { MapHit } from '../map/mapHit';
import { MapView, type CameraRequest } from '../map/MapView';
import { useSession } from '../session/SessionProvider';
import { consoleColors } from '../theme/consoleColors';
import { ConsoleHeader } from './ConsoleHeader';
import { LayerPanel } from './LayerPanel';
import { MapTooltip } from './MapTooltip';
import { searchTarget } from './searchTarget';
import { SummaryStrip } from './SummaryStrip';
import { useOverlays } from './useOverlays';

const FOCUS_ZOOM = 17;
const SUMMARY_REFRESH_DEBOUNCE_MS = 1500;

export function ConsoleScreen({ user, streetName }: { user: UserView; streetName: string }) {
  const t = useT();
  const { lock } = useSession();
  const base = useApiQuery('map.base', {});
  const [summaryReload, setSummaryReload] = useState(0);
  const summary = useApiQuery('street.summary', {}, summaryReload);
  const overlays = useOverlays(base.status === 'ok');
  const [gridsVisible, setGridsVisible] = useState(true);
  const [labelsVisible, setLabelsVisible] = useState(true);
  const [history, setHistory] = useState<DetailRef[]>([]);
  const [camera, setCamera] = useState<CameraRequest | null>(null);
  const current = history[history.length - 1] ?? null;

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

  const baseData = base.status === 'ok' ? base.data : null;
  const description = useMemo(
    () =>
      baseData
        ? describeMap({ base: baseData, overlays: overlays.payloads, visible: overlays.visible, gridsVisible, labelsVisible, selection: current })
        : null,
    [baseData, overlays.payloads, overlays.visible, gridsVisible, labelsVisible, current],
  );

  const flyTo = useCallback((center: LngLat, zoom = FOCUS_ZOOM) => {
    setCamera((c) => ({ center, zoom, seq: (c?.seq ?? 0) + 1 }));
  }, []);

  const openFresh = useCallback((ref: DetailRef) => setHistory((h) => (sameRef(h[h.length - 1] ?? null, ref) ? h : [ref])), []);
  const openNested = useCallback((ref: DetailRef) => setHistory((h) => (sameRef(h[h.length - 1] ?? null, ref) ? h : [...h, ref])), []);

  const onMapSelect = useCallback(
    (hit: MapHit) => {
      if (hit.type === 'detail') openFresh(hit.ref);
    },
    [openFresh],
  );

  const onSearchPick = useCallback(
    (hit: SearchHit) => {
      flyTo(hit.center);
      const ref = searchTarget(hit);
      if (ref) openFresh(ref);
    },
    [flyTo, openFresh],
  );

  const renderTooltip = useCallback((hit: MapHit) => <MapTooltip hit={hit} />, []);
  const bounds = baseData?.street.bbox ?? null;

  return (
    <Box
      style={{
        display: 'grid',
        height: '100%',
        gridTemplateAreas: '"header header" "summary summary" "panel map"',
        gridTemplateColumns: '320px 1fr',
        gridTemplateRows: 'auto auto 1fr',
        background: consoleColors.appBg,
      }}
    >
      <ConsoleHeader user={user} streetName={baseData?.street.name ?? streetName} district={baseData?.street.district ?? null} onLock={() => void lock()} />
      <SummaryStrip summary={summary.status === 'ok' ? summary.data : null} />
      <LayerPanel
        base={baseData}
        overlays={overlays}
        gridsVisible={gridsVisible}
        labelsVisible={labelsVisible}
        onGrids={setGridsVisible}
        onLabels={setLabelsVisible}
        onSearchPick={onSearchPick}
      />
      <Box style={{ gridArea: 'map', position: 'relative', minWidth: 0, minHeight: 0 }}>
        {base.status === 'error' ? (
          <Center h="100%">
            <Alert color="red" title={t('app.connectFailed')}>
              {errorMessage(base.error, t)}
            </Alert>
          </Center>
        ) : (
          <MapView
            description={description}
            bounds={bounds}
            camera={camera}
            busy={overlays.busy || base.status === 'loading'}
            loadingLabel={t('map.loading')}
            insetRight={current ? DRAWER_WIDTH : 0}
            onSelect={onMapSelect}
            renderTooltip={renderTooltip}
          />
        )}
        {current && (
          <DetailDrawer
            key={`${current.kind}-${current.id}`}
            current={current}
            canGoBack={history.length > 1}
            onBack={() => setHistory((h) => h.slice(0, -1))}
            onClose={() => setHistory([])}
            onOpen={openNested}
            onLocate={flyTo}
          />
        )}
      </Box>
    </Box>
  );
}
