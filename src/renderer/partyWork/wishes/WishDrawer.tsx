// One wish: what, for whom (masked as the core decided), where, who collected it, its photos
// and history, and the steps legal now (the core lists them; each asks only what it needs).
import { Alert, Badge, Box, Button, Drawer, FileButton, Group, Image, NumberInput, Select, Stack, Text, Textarea, Timeline } from '@mantine/core';
import { useState, type ComponentProps } from 'react';
import type { WishAction, WishDetail } from '../../../shared/wishes';
import { SATISFACTIONS, type Satisfaction } from '../../../shared/vocab/wishes';
import type { ApiInput } from '../../../shared/api';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useApiQuery } from '../../api/useApiQuery';
import { readPhoto, type PickedPhoto } from '../../dispatch/intake/photoFiles';
import { useLocale } from '../../i18n/LocaleProvider';
import { WISH_STATUS_COLOR } from './WishesTab';

const photoInput: Record<string, string> = { 'data-testid': 'wish-photo-input' };
const PHOTO_INPUT_PROPS: ComponentProps<'input'> = { ...photoInput };
const NEEDS_REASON: readonly WishAction[] = ['reject', 'release', 'withdraw'];

function StepForm({ wish, action, onDone, onCancel }: { wish: WishDetail; action: WishAction; onDone: (w: WishDetail) => void; onCancel: () => void }) {
  const { t } = useLocale();
  const [note, setNote] = useState('');
  const [claimant, setClaimant] = useState<string | null>(null);
  const [hours, setHours] = useState<number | string>(2);
  const [photos, setPhotos] = useState<PickedPhoto[]>([]);
  const [satisfaction, setSatisfaction] = useState<Satisfaction>('satisfied');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const claimants = useApiQuery('wish.claimants', action === 'claim' ? { wishId: wish.id } : null);
  const submit = async () => {
    setBusy(true);
    setError(null);
    const base = { wishId: wish.id, ...(note.trim() ? { note: note.trim() } : {}) };
    let input: ApiInput<'wish.act'>;
    if (action === 'claim') {
      const [kind, id] = (claimant ?? ':').split(':');
      input = { ...base, action, claimant: { kind: kind as 'member' | 'unit' | 'team', id: Number(id) } };
    } else if (action === 'fulfil') input = { ...base, action, hours: Number(hours), photos: photos.map(({ name, mime, dataBase64 }) => ({ name, mime, dataBase64 })) };
    else if (action === 'feedback') input = { ...base, action, satisfaction };
    else if (action === 'reject' || action === 'release' || action === 'withdraw') input = { ...base, action, note: note.trim() };
    else input = { ...base, action };
    try {
      onDone(await api.call('wish.act', input));
    } catch (e) {
      setError(errorMessage(e, t));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="xs" p="sm" style={{ border: '1px solid #dee2e6', borderRadius: 6 }} data-testid={`wish-form-${action}`}>
      <Text fw={600}>{t(`wish.action.${action}`)}</Text>
      {action === 'claim' && (
        <Select
          label={t('wish.field.claimant')}
          searchable
          data={claimants.status === 'ok' ? claimants.data.map((c) => ({ value: `${c.kind}:${c.id}`, label: `${t(`wish.claimant.${c.kind}`)} · ${c.name ?? '—'} · ${c.detail}` })) : []}
          value={claimant}
          onChange={setClaimant}
          data-testid="wish-claimant"
        />
      )}
      {action === 'fulfil' && (
        <>
          <NumberInput label={t('wish.field.hours')} min={0.5} max={24} step={0.5} value={hours} onChange={setHours} data-testid="wish-hours" />
          <Group gap={6}>
            {photos.map((p) => (
              <Image key={p.name} src={`data:${p.mime};base64,${p.dataBase64}`} alt={p.name} w={64} h={64} fit="cover" radius="sm" data-testid="wish-photo-picked" />
            ))}
            <FileButton accept="image/jpeg,image/png,image/webp" onChange={(f) => f && void readPhoto(f).then((p) => setPhotos((x) => [...x, p]))} inputProps={PHOTO_INPUT_PROPS}>
              {(props) => (
                <Button {...props} variant="default" size="xs">
                  {t('wish.addPhoto')}
                </Button>
              )}
            </FileButton>
          </Group>
        </>
      )}
      {action === 'feedback' && (
        <Select label={t('wish.field.satisfaction')} data={SATISFACTIONS.map((s) => ({ value: s, label: t(`wish.satisfaction.${s}`) }))} value={satisfaction} onChange={(v) => v && setSatisfaction(v as Satisfaction)} data-testid="wish-satisfaction" />
      )}
      <Textarea label={NEEDS_REASON.includes(action) ? t('wish.field.reason') : t('wish.field.note')} autosize minRows={1} value={note} onChange={(e) => setNote(e.currentTarget.value)} data-testid="wish-note" />
      {error && (
        <Alert color="red" data-testid="wish-error">
          {error}
        </Alert>
      )}
      <Group gap="xs">
        <Button size="xs" loading={busy} onClick={() => void submit()} data-testid="wish-submit">
          {t('wish.submit')}
        </Button>
        <Button size="xs" variant="default" onClick={onCancel}>
          {t('wish.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

export function WishDrawer({ wishId, reloadKey, onClose }: { wishId: number; reloadKey: number; onClose: () => void }) {
  const { t, num } = useLocale();
  const [local, setLocal] = useState(0);
  const detail = useApiQuery('wish.detail', { id: wishId }, reloadKey + local);
  const [action, setAction] = useState<WishAction | null>(null);
  const w = detail.status === 'ok' ? detail.data : null;
  const when = (ms: number) => new Date(ms).toLocaleString(undefined, { timeZone: 'Asia/Shanghai', hour12: false });
  return (
    <Drawer opened onClose={onClose} position="right" size={520} title={w ? `${w.code} · ${w.title}` : ''} data-testid="wish-drawer">
      {detail.status === 'error' && <Text c="red">{errorMessage(detail.error, t)}</Text>}
      {w && (
        <Stack gap="sm">
          <Group gap="xs">
            <Badge color={WISH_STATUS_COLOR[w.status]} data-testid="wish-status">
              {t(`wish.status.${w.status}`)}
            </Badge>
            <Badge variant="outline">{t(`wish.kind.${w.kind}`)}</Badge>
            <Badge variant="outline">{t(`wish.category.${w.category}`)}</Badge>
          </Group>
          {w.detail && <Text size="sm">{w.detail}</Text>}
          <Box fz="sm">
            <div>
              {t('wish.col.resident')}：{w.residentName ?? t('wish.none')}
            </div>
            <div>
              {t('wish.detail.place')}：{w.place ?? t('wish.none')} · {w.communityName} {w.gridName}
            </div>
            <div>
              {t('wish.detail.collector')}：{w.collector.name} · {when(w.collectedAt)}
            </div>
            {w.claimant && (
              <div data-testid="wish-claimant-shown">
                {t('wish.col.claimant')}：{t(`wish.claimant.${w.claimant.kind}`)} {w.claimant.name ?? ''}
              </div>
            )}
            {w.serviceHours !== null && (
              <div>
                {t('wish.field.hours')}：{num(w.serviceHours)}
              </div>
            )}
            {w.satisfaction && (
              <div>
                {t('wish.field.satisfaction')}：{t(`wish.satisfaction.${w.satisfaction}`)}
              </div>
            )}
          </Box>
          {w.photos.length > 0 && (
            <Group gap={6} data-testid="wish-photos">
              {w.photos.map((p) => (
                <Image key={p.id} src={`data:${p.mime};base64,${p.dataBase64}`} alt={p.name} w={120} h={90} fit="cover" radius="sm" />
              ))}
            </Group>
          )}
          {action ? (
            <StepForm
              wish={w}
              action={action}
              onCancel={() => setAction(null)}
              onDone={() => {
                setAction(null);
                setLocal((x) => x + 1);
              }}
            />
          ) : (
            <Group gap="xs" data-testid="wish-actions">
              {w.actions.map((a) => (
                <Button key={a} size="xs" variant={a === 'reject' || a === 'withdraw' || a === 'release' ? 'default' : 'filled'} onClick={() => setAction(a)} data-testid={`wish-act-${a}`}>
                  {t(`wish.action.${a}`)}
                </Button>
              ))}
              {w.actions.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('wish.detail.noActions')}
                </Text>
              )}
            </Group>
          )}
          <Text fw={600} size="sm">
            {t('wish.detail.history')}
          </Text>
          <Timeline bulletSize={12} lineWidth={2}>
            {w.events.map((e, i) => (
              <Timeline.Item key={i} title={`${t(`wish.action.${e.action}`)} → ${t(`wish.status.${e.toStatus}`)}`}>
                <Text size="xs" c="dimmed">
                  {when(e.at)} {e.by ?? ''} {e.note}
                </Text>
              </Timeline.Item>
            ))}
          </Timeline>
        </Stack>
      )}
    </Drawer>
  );
}
