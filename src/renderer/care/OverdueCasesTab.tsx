// 每日超期案件清单: open cases past due at the end of a day, by department and by grid, for the
// morning meeting; 打印 prints just this list (the console around it is hidden by print CSS).
import { Alert, Badge, Button, Group, SegmentedControl, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import type { OverdueGroup } from '../../shared/notifications';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { formatDateTime } from '../detail/formatters';
import { useLocale, useT } from '../i18n/LocaleProvider';
import { categoryLabel, DataField } from '../i18n/Vocabulary';
import { chinaToday } from '../registers/chinaToday';
import type { CareTabContext } from './careTabs';

/** Printing shows the list alone, whatever else the console has open. */
const PRINT_CSS = `@media print { body * { visibility: hidden; } .print-area, .print-area * { visibility: visible; } .print-area { position: absolute; left: 0; top: 0; width: 100%; } .no-print { display: none !important; } }`;

export function OverdueCasesTab(_ctx: CareTabContext) {
  const t = useT();
  const { tOpen } = useLocale();
  const [date, setDate] = useState(chinaToday());
  const [by, setBy] = useState<'department' | 'grid'>('department');
  const report = useApiQuery('deadlines.overdue', /^\d{4}-\d{2}-\d{2}$/.test(date) ? { date } : null);
  const r = report.status === 'ok' ? report.data : null;
  const groups: OverdueGroup[] = r ? (by === 'department' ? r.byDepartment : r.byGrid) : [];
  const groupName = (g: OverdueGroup) => (g.key.startsWith('staff:') ? t('deadlines.staffHolder', { role: t(`staffRole.${g.key.slice(6) as 'grid_worker'}`) }) : g.name);
  return (
    <Stack gap="md" p="md" className="print-area" data-testid="overdue-cases">
      <style>{PRINT_CSS}</style>
      <Group justify="space-between" className="no-print">
        <Group gap="xs">
          <TextInput size="xs" w={130} label={t('deadlines.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} data-testid="overdue-date" />
          <SegmentedControl size="xs" mt={18} value={by} onChange={(v) => setBy(v as 'department' | 'grid')} data={[{ value: 'department', label: t('deadlines.byDepartment') }, { value: 'grid', label: t('deadlines.byGrid') }]} />
        </Group>
        <Button size="xs" variant="default" onClick={() => window.print()} data-testid="overdue-print">{t('deadlines.print')}</Button>
      </Group>
      <Title order={4}>{t('deadlines.title')}</Title>
      {report.status === 'error' && <Alert color="red">{errorMessage(report.error, t)}</Alert>}
      {r && <Text fw={600} data-testid="overdue-total">{t('deadlines.total', { date: r.date, count: r.total })}</Text>}
      {r && r.total === 0 && <Text c="dimmed">{t('deadlines.empty')}</Text>}
      {groups.map((g) => (
        <Stack key={g.key} gap={4}>
          <Text fw={600} fz="sm"><DataField>{groupName(g)}</DataField> · {g.cases.length}</Text>
          <Table fz="xs" striped withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={150}>{t('deadlines.col.code')}</Table.Th>
                <Table.Th>{t('deadlines.col.category')}</Table.Th>
                <Table.Th>{by === 'department' ? t('deadlines.col.grid') : t('deadlines.col.holder')}</Table.Th>
                <Table.Th w={140}>{t('deadlines.col.due')}</Table.Th>
                <Table.Th w={90} ta="right">{t('deadlines.col.late')}</Table.Th>
                <Table.Th w={60} />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {g.cases.map((c) => (
                <Table.Tr key={c.caseId} data-testid="overdue-case">
                  <Table.Td className="tabular"><DataField>{c.code}</DataField></Table.Td>
                  <Table.Td>{categoryLabel(tOpen, c.categoryCode, c.categoryName)}</Table.Td>
                  <Table.Td>
                    <DataField>{by === 'department' ? c.gridName : (c.department ?? t('deadlines.staffHolder', { role: t(`staffRole.${c.staffRole ?? 'grid_worker'}`) }))}</DataField>
                  </Table.Td>
                  <Table.Td className="tabular">{formatDateTime(c.dueAt, t.locale)}</Table.Td>
                  <Table.Td ta="right" c="red.7" className="tabular">{t('deadlines.hours', { hours: c.hoursOverdue })}</Table.Td>
                  <Table.Td>{c.supervised && <Badge size="xs" color="red" variant="light">{t('deadlines.supervised')}</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ))}
    </Stack>
  );
}
