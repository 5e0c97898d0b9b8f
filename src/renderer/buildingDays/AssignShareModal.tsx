// 分片包干 for one cadre: add a whole grid (each of its buildings joins the share; a later grid
// edit moves nothing), add buildings found by name, or release buildings of the share. The
// core keeps when each was assigned and released. A building another cadre of the same tier
// holds (领导包片、干部包楼) is refused naming the holder; the form then offers 改派, which sends
// the same assignment again with `reassign` (the core releases it from the holder, audited).
import { Alert, Badge, Button, Checkbox, CloseButton, Group, Modal, ScrollArea, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { CadreView } from '../../shared/buildingDays';
import { api } from '../api/api';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { refusalMessage } from '../partyWork/refusalMessage';
import { isApiClientError } from '../api/ApiClientError';

type Mode = 'grid' | 'buildings';
interface Picked {
  id: number;
  label: string;
}

export function AssignShareModal({ cadre, onClose, onSaved }: { cadre: CadreView; onClose: () => void; onSaved: (c: CadreView) => void }) {
  const t = useT();
  const [mode, setMode] = useState<Mode>('grid');
  const [grid, setGrid] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [picked, setPicked] = useState<Picked[]>([]);
  const [release, setRelease] = useState<Set<number>>(new Set());
  const [error, setError] = useState<string | null>(null);
  /** The last refusal was 'held by another cadre': 改派 may be offered. */
  const [heldElsewhere, setHeldElsewhere] = useState(false);
  const [busy, setBusy] = useState(false);
  const clear = () => {
    setError(null);
    setHeldElsewhere(false);
  };
  const base = useApiQuery('map.base', {});
  const share = useApiQuery('buildingDay.share', { cadreId: cadre.id });
  const q = query.trim();
  const hits = useApiQuery('search.query', mode === 'buildings' && q.length > 0 ? { q, kinds: ['building'], limit: 12 } : null);
  const grids = useMemo(
    () => (base.status === 'ok' ? base.data.gridLabels.features.map((f) => ({ value: String(f.properties.id), label: `${f.properties.communityName} · ${f.properties.name}` })).sort((a, b) => a.label.localeCompare(b.label, 'zh-CN')) : []),
    [base],
  );
  const held = share.status === 'ok' ? share.data : [];
  const heldIds = new Set(held.map((b) => b.buildingId));
  const submit = async (reassign = false) => {
    const adding = mode === 'grid' ? [] : picked.map((p) => p.id);
    if ((mode === 'grid' ? grid === null : adding.length === 0) && release.size === 0) {
      setError(t(mode === 'grid' ? 'buildingDay.assign.pickGrid' : 'buildingDay.assign.pickBuildings'));
      return;
    }
    setBusy(true);
    clear();
    try {
      onSaved(
        await api.call('buildingDay.assign', {
          cadreId: cadre.id,
          ...(mode === 'grid' && grid !== null ? { gridId: Number(grid) } : {}),
          ...(adding.length > 0 ? { buildingIds: adding } : {}),
          ...(release.size > 0 ? { releaseBuildingIds: [...release] } : {}),
          ...(reassign ? { reassign: true } : {}),
        }),
      );
    } catch (e) {
      const detail = isApiClientError(e) ? e.details?.[0] : undefined;
      if (detail?.reason === 'held_by_other' && detail.params) {
        const p = detail.params;
        setError(t('buildingDay.refusal.held_by_other', { building: p['building'] ?? '', holder: p['holder'] ?? '', n: Number(p['n'] ?? 1) }));
        setHeldElsewhere(true);
      } else setError(refusalMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal opened onClose={onClose} size="lg" title={t('buildingDay.assign.title', { name: cadre.name })} data-testid="assign-modal">
      <Stack gap="xs">
        <SegmentedControl
          size="xs"
          value={mode}
          onChange={(v) => setMode(v as Mode)}
          data={[
            { value: 'grid', label: t('buildingDay.assign.byGrid') },
            { value: 'buildings', label: t('buildingDay.assign.byBuildings') },
          ]}
          data-testid="assign-mode"
        />
        {mode === 'grid' && (
          <Select label={t('buildingDay.assign.grid')} description={t('buildingDay.assign.gridHint')} data={grids} value={grid} onChange={(v) => { setGrid(v); clear(); }} searchable clearable data-testid="assign-grid" />
        )}
        {mode === 'buildings' && (
          <>
            <TextInput label={t('buildingDay.assign.search')} placeholder={t('buildingDay.assign.searchHint')} value={query} onChange={(e) => setQuery(e.currentTarget.value)} data-testid="assign-search" />
            {hits.status === 'ok' && q.length > 0 && (
              <Stack gap={2} data-testid="assign-hits">
                {hits.data.length === 0 && <Text size="sm" c="dimmed">{t('buildingDay.assign.noHits')}</Text>}
                {hits.data.map((h) => {
                  const isHeld = heldIds.has(h.id);
                  const isPicked = picked.some((p) => p.id === h.id);
                  return (
                    <Group key={h.id} gap="xs" wrap="nowrap">
                      <Button
                        size="compact-xs"
                        variant="light"
                        disabled={isHeld || isPicked}
                        onClick={() => { setPicked((all) => [...all, { id: h.id, label: `${h.title} · ${h.subtitle}` }]); clear(); }}
                        data-testid={`assign-hit-${h.id}`}
                      >
                        {t(isHeld ? 'buildingDay.assign.held' : 'buildingDay.assign.add')}
                      </Button>
                      <Text size="sm">{`${h.title} · ${h.subtitle}`}</Text>
                    </Group>
                  );
                })}
              </Stack>
            )}
            {picked.length > 0 && (
              <Group gap={4} data-testid="assign-picked">
                {picked.map((p) => (
                  <Badge key={p.id} variant="light" rightSection={<CloseButton size="xs" onClick={() => setPicked((all) => all.filter((x) => x.id !== p.id))} />}>
                    {p.label}
                  </Badge>
                ))}
              </Group>
            )}
          </>
        )}
        <Text fw={600} fz="sm" mt="xs">
          {t('buildingDay.assign.current', { n: t.num(held.length) })}
        </Text>
        {held.length === 0 && <Text size="sm" c="dimmed">{t('buildingDay.share.none')}</Text>}
        {held.length > 0 && (
          <ScrollArea.Autosize mah={220}>
            <Stack gap={2} data-testid="assign-release">
              {held.map((b) => (
                <Checkbox
                  key={b.buildingId}
                  size="xs"
                  label={`${b.buildingName} · ${b.gridName}`}
                  checked={release.has(b.buildingId)}
                  onChange={(e) => {
                    const on = e.currentTarget.checked;
                    setRelease((s) => {
                      const n = new Set(s);
                      if (on) n.add(b.buildingId);
                      else n.delete(b.buildingId);
                      return n;
                    });
                  }}
                  data-testid={`assign-release-${b.buildingId}`}
                />
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
        {release.size > 0 && <Text size="sm" c="orange">{t('buildingDay.assign.releasing', { n: t.num(release.size) })}</Text>}
        {error && (
          <Alert color="red" p={6} data-testid="assign-error">
            {error}
            {heldElsewhere && (
              <Group justify="flex-end" mt={6}>
                <Button size="compact-sm" color="orange" loading={busy} onClick={() => void submit(true)} data-testid="assign-reassign">
                  {t('buildingDay.assign.reassign')}
                </Button>
              </Group>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('buildingDay.cancel')}
          </Button>
          <Button loading={busy} onClick={() => void submit()} data-testid="assign-submit">
            {t('buildingDay.assign.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
