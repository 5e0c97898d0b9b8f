// Resident matters of a grid or a building, for their drawers: each with its stage and its
// five steps so far; a row opens the matter, 居民提事 raises one here.
import { Badge, Button, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { FIVE_STEPS } from '../../shared/vocab/deliberation';
import { useApiQuery } from '../api/useApiQuery';
import { Section } from '../detail/parts/Section';
import { useT } from '../i18n/LocaleProvider';
import { useSession } from '../session/SessionProvider';
import { MatterDrawer } from './MatterDrawer';
import { MatterStepModal } from './MatterStepModal';
import { useMeetingsChanged } from './useMeetingsChanged';
import { MEETING_WRITERS, STAGE_COLOR } from './words';

export function MatterSection({ where }: { where: { gridId: number } | { buildingId: number } }) {
  const t = useT();
  const changed = useMeetingsChanged();
  const { state } = useSession();
  const role = state.phase === 'unlocked' ? state.user.role : null;
  const list = useApiQuery('matter.list', { ...where, limit: 50 }, changed);
  const [open, setOpen] = useState<number | null>(null);
  const [raising, setRaising] = useState(false);
  const canWrite = role !== null && MEETING_WRITERS.includes(role);
  if (list.status !== 'ok') return null;
  return (
    <Section title={t('matters.inDrawer', { count: list.data.length })} testId="matter-section">
      <Stack gap={4}>
        {list.data.length === 0 && (
          <Text fz="sm" c="dimmed">
            {t('matters.noneHere')}
          </Text>
        )}
        {list.data.map((m) => (
          <UnstyledButton key={m.id} onClick={() => setOpen(m.id)} data-testid="matter-section-row" data-id={m.id} data-stage={m.stage}>
            <Group gap={6} wrap="nowrap" justify="space-between">
              <Text fz="sm" fw={600} truncate>
                {m.title}
              </Text>
              <Badge size="sm" variant="light" color={STAGE_COLOR[m.stage]}>
                {t(`matters.stage.${m.stage}`)}
              </Badge>
            </Group>
            <Text fz="xs" c="dimmed">
              {m.raisedOn} ·{' '}
              {m.stage === 'dropped'
                ? t('matters.stage.dropped')
                : FIVE_STEPS.slice(0, FIVE_STEPS.indexOf(m.stage) + 1)
                    .map((s) => t(`matters.stage.${s}`))
                    .join(' → ')}
            </Text>
          </UnstyledButton>
        ))}
        {canWrite && 'buildingId' in where && (
          <Group>
            <Button size="compact-xs" variant="light" onClick={() => setRaising(true)} data-testid="matter-section-raise">
              {t('matters.raise')}
            </Button>
          </Group>
        )}
      </Stack>
      {open !== null && <MatterDrawer id={open} canWrite={canWrite} reload={changed} onClose={() => setOpen(null)} />}
      {raising && <MatterStepModal step="raise" matter={null} place={where} onClose={() => setRaising(false)} />}
    </Section>
  );
}
