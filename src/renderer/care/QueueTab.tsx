// 逾期走访: visits overdue under the rules, per grid and per visitor, then who (register roles
// only: the core sends names masked, and only to them) with 记录走访, and the open visit tasks.
import { Alert, Badge, Button, Group, SegmentedControl, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CareVisitor, DueVisit } from '../../shared/care';
import { CARE_VISITORS } from '../../shared/vocab/care';
import { useApiQuery } from '../api/useApiQuery';
import { errorMessage } from '../api/errorMessage';
import { formatDateTime } from '../detail/formatters';
import { useT } from '../i18n/LocaleProvider';
import { DataField } from '../i18n/Vocabulary';
import type { CareTabContext } from './careTabs';
import { lastVisitText, lateText, visitorText } from './careWords';
import { useCareChanged } from './useCareChanged';
import { VisitForm } from './VisitForm';

export function QueueTab(_ctx: CareTabContext) {
  const t = useT();
  const changed = useCareChanged();
  const [visitor, setVisitor] = useState<CareVisitor | 'all'>('all');
  const [gridId, setGridId] = useState<number | null>(null);
  const [visiting, setVisiting] = useState<DueVisit | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const queue = useApiQuery('care.queue', { ...(visitor === 'all' ? {} : { visitor }), ...(gridId === null ? {} : { gridId }) }, changed);
  if (queue.status === 'error') return <Alert color="red" m="md">{errorMessage(queue.error, t)}</Alert>;
  const q = queue.status === 'ok' ? queue.data : null;
  return (
    <Stack gap="md" p="md" data-testid="care-queue">
      <Group justify="space-between">
        <Text fw={600} data-testid="care-summary">
          {q ? t('care.summary', { residents: q.totalResidents, overdue: q.totalOverdue }) : ' '}
        </Text>
        <SegmentedControl
          size="xs"
          value={visitor}
          onChange={(v) => setVisitor(v as CareVisitor | 'all')}
          data={[{ value: 'all', label: t('care.queue.allVisitors') }, ...CARE_VISITORS.map((v) => ({ value: v, label: t(`care.visitor.${v}`) }))]}
          aria-label={t('care.queue.visitorFilter')}
        />
      </Group>
      {q?.detail === 'counts' && <Alert color="gray">{t('care.countsOnly')}</Alert>}
      {saved && (
        <Alert color="teal" withCloseButton onClose={() => setSaved(null)} data-testid="care-saved">
          {saved}
        </Alert>
      )}
      <SimpleGrid cols={2} spacing="md">
        <Stack gap={4}>
          <Title order={6}>{t('care.queue.byGrid')}</Title>
          <Table.ScrollContainer minWidth={300} mah={260} type="native">
            <Table fz="xs" striped highlightOnHover stickyHeader data-testid="care-by-grid">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('care.col.grid')}</Table.Th>
                  <Table.Th>{t('care.col.community')}</Table.Th>
                  <Table.Th ta="right">{t('care.col.residents')}</Table.Th>
                  <Table.Th ta="right">{t('care.col.overdue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q?.byGrid.map((g) => (
                  <Table.Tr key={g.gridId} onClick={() => setGridId(gridId === g.gridId ? null : g.gridId)} style={{ cursor: 'pointer', fontWeight: gridId === g.gridId ? 700 : undefined }} data-testid="care-grid-row" data-grid={g.gridId}>
                    <Table.Td><DataField>{g.gridName}</DataField></Table.Td>
                    <Table.Td><DataField>{g.communityName}</DataField></Table.Td>
                    <Table.Td ta="right" className="tabular">{t.num(g.residents)}</Table.Td>
                    <Table.Td ta="right" className="tabular" c={g.overdue > 0 ? 'red.7' : undefined}>{t.num(g.overdue)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
        <Stack gap={4}>
          <Title order={6}>{t('care.queue.byVisitor')}</Title>
          <Table.ScrollContainer minWidth={260} mah={260} type="native">
            <Table fz="xs" striped stickyHeader data-testid="care-by-visitor">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('care.col.visitor')}</Table.Th>
                  <Table.Th ta="right">{t('care.col.overdue')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {q?.byVisitor.map((v) => (
                  <Table.Tr key={`${v.visitor}:${v.staffId ?? v.name}:${v.gridId ?? ''}`}>
                    <Table.Td><DataField>{visitorText(t, v.visitor, v.name)}</DataField></Table.Td>
                    <Table.Td ta="right" className="tabular">{t.num(v.overdue)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Stack>
      </SimpleGrid>
      {q?.detail === 'names' && (
        <>
          <Stack gap={4}>
            <Title order={6}>{t('care.queue.tasks')}</Title>
            {q.tasks.length === 0 ? (
              <Text fz="xs" c="dimmed">{t('care.task.empty')}</Text>
            ) : (
              <Stack gap={2} data-testid="care-tasks">
                {q.tasks.map((task) => (
                  <Group key={task.id} gap={8} fz="xs" data-testid="care-task" data-household={task.householdId}>
                    <Badge size="xs" color={task.reason === 'alert' ? 'red' : 'blue'} variant="light">{t(`care.task.reason.${task.reason}`)}</Badge>
                    <Text fz="xs"><DataField>{task.address}</DataField></Text>
                    <Text fz="xs" c="dimmed"><DataField>{task.note}</DataField></Text>
                    <Text fz="xs" c={task.dueAt < q.asOf ? 'red.7' : 'dimmed'}>{t('care.task.due', { time: formatDateTime(task.dueAt, t.locale) })}</Text>
                  </Group>
                ))}
              </Stack>
            )}
          </Stack>
          <Stack gap={4}>
            <Title order={6}>{t('care.queue.items')}</Title>
            {q.items.length === 0 ? (
              <Text fz="xs" c="dimmed">{t('care.queue.empty')}</Text>
            ) : (
              <Table fz="xs" striped highlightOnHover data-testid="care-overdue">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('care.col.name')}</Table.Th>
                    <Table.Th>{t('care.col.age')}</Table.Th>
                    <Table.Th>{t('care.col.tags')}</Table.Th>
                    <Table.Th>{t('care.col.address')}</Table.Th>
                    <Table.Th>{t('care.col.visitor')}</Table.Th>
                    <Table.Th>{t('care.col.lastVisit')}</Table.Th>
                    <Table.Th>{t('care.col.late')}</Table.Th>
                    <Table.Th />
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {q.items.map((d) => (
                    <Table.Tr key={`${d.residentId}:${d.visitor}`} data-testid="care-overdue-row" data-resident={d.residentId} data-visitor={d.visitor}>
                      <Table.Td fw={600}><DataField>{d.name}</DataField></Table.Td>
                      <Table.Td className="tabular">{d.age}</Table.Td>
                      <Table.Td>{d.tags.map((tag) => t(`residentTag.${tag}`)).join('、')}</Table.Td>
                      <Table.Td><DataField>{d.address}</DataField></Table.Td>
                      <Table.Td><DataField>{visitorText(t, d.visitor, d.visitorName)}</DataField></Table.Td>
                      <Table.Td className="tabular">{lastVisitText(t, d.lastVisitAt)}</Table.Td>
                      <Table.Td c="red.7" className="tabular">{lateText(t, d)}</Table.Td>
                      <Table.Td>
                        <Button size="compact-xs" variant="light" onClick={() => setVisiting(d)} data-testid="care-record">
                          {t('care.record')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </>
      )}
      {visiting && (
        <VisitForm
          resident={{ residentId: visiting.residentId, name: visiting.name }}
          visitor={visiting.visitor}
          onClose={() => setVisiting(null)}
          onSaved={(r) => {
            setVisiting(null);
            setSaved(
              [r.visit.caseCode ? t('care.form.savedCase', { code: r.visit.caseCode }) : t('care.form.saved'), r.completedTaskIds.length > 0 ? t('care.form.completed', { count: r.completedTaskIds.length }) : '']
                .filter(Boolean)
                .join('；'),
            );
          }}
        />
      )}
    </Stack>
  );
}
