// 走访 in a building drawer's resident row (register roles): the resident's care history —
// when each visitor is next due, the visits made, the household's visit tasks — and 记录走访.
import { Badge, Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { errorMessage } from '../api/errorMessage';
import { formatDateTime } from '../detail/formatters';
import { useT } from '../i18n/LocaleProvider';
import { DataField } from '../i18n/Vocabulary';
import { lastVisitText, lateText, visitorText } from './careWords';
import { useCareChanged } from './useCareChanged';
import { VisitForm } from './VisitForm';

export function CareHistoryButton({ residentId, name }: { residentId: number; name: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="compact-xs" variant="subtle" onClick={() => setOpen(true)} data-testid="care-history-open">
        {t('care.history.button')}
      </Button>
      {open && <CareHistoryModal residentId={residentId} name={name} onClose={() => setOpen(false)} />}
    </>
  );
}

function CareHistoryModal({ residentId, name, onClose }: { residentId: number; name: string; onClose: () => void }) {
  const t = useT();
  const changed = useCareChanged();
  const [recording, setRecording] = useState(false);
  const history = useApiQuery('care.history', { residentId }, changed);
  const h = history.status === 'ok' ? history.data : null;
  return (
    <Modal opened onClose={onClose} title={`${t('care.history.title')} · ${name}`} size="xl" data-testid="care-history">
      {history.status === 'error' && <Text c="red">{errorMessage(history.error, t)}</Text>}
      {h && (
        <Stack gap="sm">
          <Group justify="space-between">
            <Group gap={6}>
              {h.tags.length === 0 ? <Text fz="sm" c="dimmed">{t('care.history.notTagged')}</Text> : h.tags.map((tag) => <Badge key={tag} size="sm" variant="light" color="orange">{t(`residentTag.${tag}`)}</Badge>)}
            </Group>
            <Button size="xs" onClick={() => setRecording(true)}>{t('care.record')}</Button>
          </Group>
          {h.due.length > 0 && (
            <Table fz="xs" withTableBorder>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('care.col.visitor')}</Table.Th>
                  <Table.Th>{t('care.history.due')}</Table.Th>
                  <Table.Th>{t('care.col.lastVisit')}</Table.Th>
                  <Table.Th>{t('care.col.due')}</Table.Th>
                  <Table.Th>{t('care.col.late')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {h.due.map((d) => (
                  <Table.Tr key={d.visitor}>
                    <Table.Td><DataField>{visitorText(t, d.visitor, d.visitorName)}</DataField></Table.Td>
                    <Table.Td>{t('care.everyDays', { days: d.everyDays })}</Table.Td>
                    <Table.Td className="tabular">{lastVisitText(t, d.lastVisitAt)}</Table.Td>
                    <Table.Td className="tabular">{d.dueDate ?? '—'}</Table.Td>
                    <Table.Td c={d.lastVisitAt === null || (d.daysOverdue ?? 0) > 0 ? 'red.7' : undefined}>{d.lastVisitAt === null || (d.daysOverdue ?? 0) > 0 ? lateText(t, d) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          <Title order={6}>{t('care.history.visits')}</Title>
          {h.visits.length === 0 ? (
            <Text fz="sm" c="dimmed">{t('care.history.none')}</Text>
          ) : (
            <Table fz="xs" striped data-testid="care-history-visits">
              <Table.Tbody>
                {h.visits.map((v) => (
                  <Table.Tr key={v.id}>
                    <Table.Td w={130} className="tabular">{formatDateTime(v.visitedAt, t.locale)}</Table.Td>
                    <Table.Td w={150}><DataField>{visitorText(t, v.visitor, v.visitorName)}</DataField></Table.Td>
                    <Table.Td w={50}>{t(`care.visitMode.${v.mode}`)}</Table.Td>
                    <Table.Td>
                      <DataField>{v.findings}</DataField>
                      {v.caseCode && <Badge ml={6} size="xs" color="blue" variant="light">{t('care.history.case', { code: v.caseCode })}</Badge>}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          )}
          {h.tasks.length > 0 && (
            <>
              <Title order={6}>{t('care.history.tasks')}</Title>
              {h.tasks.map((task) => (
                <Group key={task.id} gap={8}>
                  <Badge size="xs" variant="light" color={task.doneAt ? 'teal' : 'red'}>{task.doneAt ? t('care.history.taskDone') : t('care.history.taskOpen')}</Badge>
                  <Text fz="xs">{t(`care.task.reason.${task.reason}`)}</Text>
                  <Text fz="xs" c="dimmed"><DataField>{task.note}</DataField></Text>
                  <Text fz="xs" c="dimmed">{t('care.task.due', { time: formatDateTime(task.dueAt, t.locale) })}</Text>
                </Group>
              ))}
            </>
          )}
        </Stack>
      )}
      {recording && <VisitForm resident={{ residentId, name }} onClose={() => setRecording(false)} onSaved={() => setRecording(false)} />}
    </Modal>
  );
}
