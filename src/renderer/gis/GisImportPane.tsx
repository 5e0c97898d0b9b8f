// Import: file, layer, coordinate system (pre-filled from the .prj), attribute mapping, snap
// tolerance, then 预览 (the core reads and checks it in a worker) and 确认导入 with the
// preview's digest. The problems the core finds are listed as it words them; nothing is
// written until the preview is clean (or its overlaps and gaps are accepted with a reason).
import { Alert, Button, FileInput, Group, NumberInput, ScrollArea, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { GisCommitResult, GisPreview } from '../../shared/gis';
import { GIS_LAYER_FIELDS, GIS_LAYERS, GIS_SNAP_MAX_M, type GisField, type GisLayer } from '../../shared/vocab/gis';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useT } from '../i18n/LocaleProvider';
import { isMessageKey } from '../i18n/translate';
import { readFileBase64 } from '../registers/readFileBase64';
import { crsLabel, crsOptions } from './crsOptions';
import { GisPreviewMap } from './GisPreviewMap';

const AUTO = 'auto';
const NONE = '';

export function GisImportPane({ initialLayer }: { initialLayer?: GisLayer | undefined } = {}) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [layer, setLayer] = useState<GisLayer>(initialLayer ?? 'grids');
  const [crs, setCrs] = useState<string>(AUTO);
  const [mapping, setMapping] = useState<Partial<Record<GisField, string>>>({});
  const [snapM, setSnapM] = useState<number>(0);
  const [reason, setReason] = useState('');
  const [preview, setPreview] = useState<GisPreview | null>(null);
  const [busy, setBusy] = useState<'preview' | 'commit' | null>(null);
  const [feedback, setFeedback] = useState<{ color: string; text: string } | null>(null);

  const input = async () => ({
    layer,
    file: { name: file!.name, base64: await readFileBase64(file!) },
    ...(crs !== AUTO ? { crs } : {}),
    ...(Object.keys(mapping).length ? { mapping: mapping as Record<GisField, string> } : {}),
    ...(snapM > 0 ? { snapM } : {}),
  });

  const runPreview = async () => {
    if (!file) return;
    setBusy('preview');
    setFeedback(null);
    try {
      const p = await api.call('gis.preview', await input());
      setPreview(p);
    } catch (error) {
      setPreview(null);
      setFeedback({ color: 'red', text: errorMessage(error, t) });
    } finally {
      setBusy(null);
    }
  };

  const commit = async () => {
    if (!file || !preview) return;
    setBusy('commit');
    setFeedback(null);
    try {
      const done: GisCommitResult = await api.call('gis.commit', { ...(await input()), digest: preview.digest, ...(preview.needsOverride ? { override: { reason } } : {}) });
      setFeedback({ color: 'green', text: t('gis.done', { created: done.created, updated: done.updated, removed: done.removed, moved: done.moved }) });
      setPreview(null);
    } catch (error) {
      setFeedback({ color: 'red', text: errorMessage(error, t) });
    } finally {
      setBusy(null);
    }
  };

  const reset = () => {
    setPreview(null);
    setFeedback(null);
  };
  const attributes = preview?.attributes ?? [];
  const problemWord = (kind: string) => (isMessageKey(`gis.problem.${kind}`) ? t(`gis.problem.${kind}` as 'gis.problem.gap') : kind);
  const canCommit = preview && !preview.blocked && (!preview.needsOverride || reason.trim().length >= 4);

  return (
    <Group align="flex-start" gap="lg" wrap="nowrap">
      <Stack gap="sm" style={{ width: 420, flexShrink: 0 }}>
        <Text fz="sm" c="dimmed">{t('gis.explain')}</Text>
        <FileInput label={t('gis.file')} placeholder={t('gis.filePlaceholder')} value={file} onChange={(f) => { setFile(f); setMapping({}); setCrs(AUTO); reset(); }} accept=".zip,.geojson,.json,.kml,.kmz" data-testid="gis-file" clearable />
        <Select label={t('gis.layer')} data={GIS_LAYERS.map((l) => ({ value: l, label: t(`gis.layer.${l}`) }))} value={layer} onChange={(v) => { if (v) setLayer(v as GisLayer); setMapping({}); reset(); }} allowDeselect={false} data-testid="gis-layer" />
        <Select
          label={t('gis.crs')}
          description={preview ? (preview.crs.source === 'file' ? t('gis.crs.source.file', { name: preview.crs.prjName ?? '' }) : preview.crs.source === 'format' ? t('gis.crs.source.format') : preview.crs.source === 'user' ? t('gis.crs.source.user') : t('gis.crs.none')) : undefined}
          data={[{ value: AUTO, label: preview?.crs.crs && preview.crs.source !== 'user' ? `${t('gis.crs.auto')}: ${crsLabel(preview.crs.crs, t)}` : t('gis.crs.auto') }, ...crsOptions(t)]}
          value={crs}
          onChange={(v) => { setCrs(v ?? AUTO); reset(); }}
          searchable
          allowDeselect={false}
          data-testid="gis-crs"
        />
        {preview && attributes.length > 0 && (
          <Stack gap={4}>
            <Text fz="sm" fw={600}>{t('gis.mapping')}</Text>
            {GIS_LAYER_FIELDS[layer].map((field) => (
              <Select
                key={field}
                size="xs"
                label={t(`gis.field.${field}`)}
                data={[{ value: NONE, label: t('gis.mapping.none') }, ...attributes.map((a) => ({ value: a, label: a }))]}
                value={mapping[field] ?? preview.mapping[field] ?? NONE}
                onChange={(v) => { setMapping((m) => ({ ...m, [field]: v ?? NONE })); }}
                allowDeselect={false}
                data-testid={`gis-map-${field}`}
              />
            ))}
          </Stack>
        )}
        <NumberInput label={t('gis.snap')} description={t('gis.snapHint')} min={0} max={GIS_SNAP_MAX_M} step={0.5} decimalScale={2} value={snapM} onChange={(v) => { setSnapM(typeof v === 'number' ? v : 0); reset(); }} data-testid="gis-snap" />
        {preview?.needsOverride && <TextInput label={t('gis.override')} description={t('gis.overrideHint')} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-testid="gis-override" />}
        <Group>
          <Button onClick={() => void runPreview()} loading={busy === 'preview'} disabled={!file || busy !== null} data-testid="gis-preview">{t('gis.preview')}</Button>
          <Button color="green" onClick={() => void commit()} loading={busy === 'commit'} disabled={!canCommit || busy !== null} data-testid="gis-commit">{t('gis.commit')}</Button>
        </Group>
        {feedback && <Alert color={feedback.color} data-testid="gis-feedback">{feedback.text}</Alert>}
      </Stack>
      {preview && (
        <Stack gap="sm" style={{ flex: 1, minWidth: 0 }} data-testid="gis-result">
          <Text fz="sm" fw={600} data-testid="gis-counts">{t('gis.counts', { ...preview.counts })}</Text>
          {preview.snapped > 0 && <Text fz="sm">{t('gis.snapped', { n: preview.snapped })}</Text>}
          <GisPreviewMap features={preview.features} />
          <ScrollArea.Autosize mah={200}>
            {preview.fileProblems.length > 0 && (
              <Alert color="red" title={t('gis.fileProblems')} data-testid="gis-file-problems">
                {preview.fileProblems.slice(0, 50).map((p, i) => <Text key={i} fz="sm">{p.message}</Text>)}
              </Alert>
            )}
            {preview.fileProblems.length === 0 && preview.gridProblems.length === 0 && <Alert color="green" data-testid="gis-clean">{t('gis.clean')}</Alert>}
            {preview.gridProblems.length > 0 && (
              <Alert color={preview.blocked ? 'red' : 'yellow'} title={t('gis.gridProblems')} data-testid="gis-grid-problems">
                {preview.gridProblems.slice(0, 50).map((p, i) => (
                  <Text key={i} fz="sm">
                    {problemWord(p.kind)} · {p.at.map((n) => n.toFixed(5)).join(', ')}{p.areaM2 !== null ? ` · ${t('gis.problem.area', { area: p.areaM2 })}` : ''}
                  </Text>
                ))}
              </Alert>
            )}
          </ScrollArea.Autosize>
        </Stack>
      )}
    </Group>
  );
}
