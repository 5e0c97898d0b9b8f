// Export: a layer as GeoJSON or a Shapefile zip in the coordinate system the receiving
// office uses; the core writes it in a worker and the file downloads.
import { Alert, Button, Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { GIS_LAYERS, type GisLayer } from '../../shared/vocab/gis';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { downloadFile } from '../dispatch/ledger/download';
import { useT } from '../i18n/LocaleProvider';
import { crsOptions } from './crsOptions';

export function GisExportPane() {
  const t = useT();
  const [layer, setLayer] = useState<GisLayer>('grids');
  const [format, setFormat] = useState<'geojson' | 'shapefile'>('shapefile');
  const [crs, setCrs] = useState('EPSG:4490');
  const [busy, setBusy] = useState(false);
  const [feedback, setFeedback] = useState<{ color: string; text: string } | null>(null);
  const run = async () => {
    setBusy(true);
    setFeedback(null);
    try {
      const file = await api.call('gis.export', { layer, format, crs });
      downloadFile(file);
      setFeedback({ color: 'green', text: t('gis.exported', { file: file.fileName }) });
    } catch (error) {
      setFeedback({ color: 'red', text: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm" style={{ maxWidth: 480 }}>
      <Select label={t('gis.exportLayer')} data={GIS_LAYERS.map((l) => ({ value: l, label: t(`gis.layer.${l}`) }))} value={layer} onChange={(v) => v && setLayer(v as GisLayer)} allowDeselect={false} data-testid="gis-export-layer" />
      <Select label={t('gis.exportFormat')} data={[{ value: 'shapefile', label: 'Shapefile (.zip)' }, { value: 'geojson', label: 'GeoJSON' }]} value={format} onChange={(v) => v && setFormat(v as 'geojson' | 'shapefile')} allowDeselect={false} data-testid="gis-export-format" />
      <Select label={t('gis.exportCrs')} data={crsOptions(t)} value={crs} onChange={(v) => v && setCrs(v)} searchable allowDeselect={false} data-testid="gis-export-crs" />
      <Group>
        <Button onClick={() => void run()} loading={busy} data-testid="gis-export">{t('gis.export')}</Button>
      </Group>
      {feedback && <Alert color={feedback.color}>{feedback.text}</Alert>}
    </Stack>
  );
}
