// 居民议事: matters by stage, newest activity first; a row opens the matter's drawer (its
// five steps, history, discussions, decision), 居民提事 raises a new one.
import { Badge, Box, Button, Group, Select, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { MATTER_STAGES, type MatterStage } from '../../shared/vocab/deliberation';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { MatterDrawer } from './MatterDrawer';
import { MatterStepModal } from './MatterStepModal';
import type { MeetingsContext } from './MeetingsWorkspace';
import { ProgressBadge } from './DecisionList';
import { useMeetingsChanged } from './useMeetingsChanged';
import { MEETING_WRITERS, STAGE_COLOR } from './words';

export function MattersTab(ctx: MeetingsContext) {
  const t = useT();
  const changed = useMeetingsChanged();
  const [stage, setStage] = useState<MatterStage | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [raising, setRaising] = useState(false);
  const list = useApiQuery('matter.list', { limit: 300, ...(stage ? { stage } : {}) }, changed);
  const figures = useApiQuery('matter.figures', {}, changed);
  const canWrite = MEETING_WRITERS.includes(ctx.user.role);
  return (
    <Box p="sm" data-testid="matters">
      <Group gap="sm" mb="sm">
        <Select
          w={160}
          size="xs"
          placeholder={t('matters.filter.stage')}
          aria-label={t('matters.filter.stage')}
          clearable
          data={MATTER_STAGES.map((s) => ({ value: s, label: `${t(`matters.stage.${s}`)}${figures.status === 'ok' ? ` (${figures.data[s]})` : ''}` }))}
          value={stage}
          onChange={(v) => setStage(v as MatterStage | null)}
          data-testid="matters-filter-stage"
          comboboxProps={{ withinPortal: true }}
        />
        {canWrite && (
          <Button size="xs" onClick={() => setRaising(true)} data-testid="matter-raise">
            {t('matters.raise')}
          </Button>
        )}
      </Group>
      {list.status === 'error' && <Text c="red">{errorMessage(list.error, t)}</Text>}
      {list.status === 'ok' && list.data.length === 0 && <Text c="dimmed">{t('matters.empty')}</Text>}
      {list.status === 'ok' && list.data.length > 0 && (
        <Table highlightOnHover striped fz="sm">
          <Table.Tbody>
            {list.data.map((m) => (
              <Table.Tr key={m.id} onClick={() => setOpen(m.id)} style={{ cursor: 'pointer' }} data-testid="matter-row" data-id={m.id} data-stage={m.stage}>
                <Table.Td w={90}>{m.code}</Table.Td>
                <Table.Td>
                  <Text fz="sm" fw={600}>
                    {m.title}
                  </Text>
                  <Text fz="xs" c="dimmed">
                    {m.communityName} · {m.gridName}
                    {m.buildingName ? ` · ${m.buildingName}` : ''}
                  </Text>
                </Table.Td>
                <Table.Td w={110}>{m.raisedOn}</Table.Td>
                <Table.Td w={100}>
                  <Badge variant="light" color={STAGE_COLOR[m.stage]}>
                    {t(`matters.stage.${m.stage}`)}
                  </Badge>
                </Table.Td>
                <Table.Td w={90}>{m.progress && <ProgressBadge progress={m.progress} />}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {open !== null && <MatterDrawer id={open} canWrite={canWrite} reload={changed} onClose={() => setOpen(null)} />}
      {raising && (
        <MatterStepModal
          step="raise"
          matter={null}
          onClose={(id) => {
            setRaising(false);
            if (id) setOpen(id);
          }}
        />
      )}
    </Box>
  );
}
