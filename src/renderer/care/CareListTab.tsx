// 关爱对象: the residents on the care list by tag, with their last visit and whether a visit is
// overdue. Names come masked, and only to the register roles; others see the counts.
import { Alert, Badge, Button, Group, Select, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { RESIDENT_TAGS, type ResidentTag } from '../../shared/domain';
import type { CareResidentRow } from '../../shared/care';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import { DataField } from '../i18n/Vocabulary';
import type { CareTabContext } from './careTabs';
import { lastVisitText } from './careWords';
import { useCareChanged } from './useCareChanged';
import { VisitForm } from './VisitForm';

const PAGE = 50;

export function CareListTab(_ctx: CareTabContext) {
  const t = useT();
  const changed = useCareChanged();
  const [tag, setTag] = useState<ResidentTag | null>(null);
  const [offset, setOffset] = useState(0);
  const [visiting, setVisiting] = useState<CareResidentRow | null>(null);
  const list = useApiQuery('care.list', { ...(tag ? { tag } : {}), limit: PAGE, offset }, changed);
  if (list.status === 'error') return <Alert color="red" m="md">{errorMessage(list.error, t)}</Alert>;
  const l = list.status === 'ok' ? list.data : null;
  return (
    <Stack gap="md" p="md" data-testid="care-list">
      <Group justify="space-between">
        <Select
          size="xs"
          w={180}
          value={tag ?? ''}
          onChange={(v) => {
            setTag(v ? (v as ResidentTag) : null);
            setOffset(0);
          }}
          data={[{ value: '', label: t('care.list.allTags') }, ...RESIDENT_TAGS.map((r) => ({ value: r, label: t(`residentTag.${r}`) }))]}
          allowDeselect={false}
          data-testid="care-list-tag"
        />
        <Text fz="sm">{l ? t('care.list.total', { count: l.total }) : ' '}</Text>
      </Group>
      <SimpleGrid cols={5} spacing="xs">
        {l?.byTag.map((b) => (
          <Stack key={b.tag} gap={0} p={8} style={{ border: '1px solid #e3e8ef', borderRadius: 4, background: 'white' }}>
            <Text fz="xs" c="dimmed">{t(`residentTag.${b.tag}`)}</Text>
            <Text fz="lg" fw={700} className="tabular">{t.num(b.residents)}</Text>
          </Stack>
        ))}
      </SimpleGrid>
      {l?.detail === 'counts' && <Alert color="gray">{t('care.countsOnly')}</Alert>}
      {l?.detail === 'names' && (
        <>
          <Table fz="xs" striped highlightOnHover data-testid="care-list-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('care.col.name')}</Table.Th>
                <Table.Th>{t('care.col.age')}</Table.Th>
                <Table.Th>{t('care.col.tags')}</Table.Th>
                <Table.Th>{t('care.col.address')}</Table.Th>
                <Table.Th>{t('care.col.lastVisit')}</Table.Th>
                <Table.Th>{t('care.col.state')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {l.rows.map((r) => (
                <Table.Tr key={r.residentId} data-testid="care-list-row" data-resident={r.residentId}>
                  <Table.Td fw={600}><DataField>{r.name}</DataField></Table.Td>
                  <Table.Td className="tabular">{r.age}</Table.Td>
                  <Table.Td>{r.tags.map((x) => t(`residentTag.${x}`)).join('、')}</Table.Td>
                  <Table.Td><DataField>{r.address}</DataField></Table.Td>
                  <Table.Td className="tabular">{lastVisitText(t, r.lastVisitAt)}</Table.Td>
                  <Table.Td>
                    <Badge size="xs" variant="light" color={r.overdue ? 'red' : 'teal'}>{r.overdue ? t('care.list.overdue') : t('care.list.onTime')}</Badge>
                  </Table.Td>
                  <Table.Td>
                    <Button size="compact-xs" variant="light" onClick={() => setVisiting(r)}>{t('care.record')}</Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end" gap="xs">
            <Text fz="xs" c="dimmed">{t('care.list.page', { from: l.total === 0 ? 0 : offset + 1, to: Math.min(offset + PAGE, l.total) })}</Text>
            <Button size="compact-xs" variant="default" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - PAGE))}>{t('care.list.prev')}</Button>
            <Button size="compact-xs" variant="default" disabled={offset + PAGE >= l.total} onClick={() => setOffset(offset + PAGE)}>{t('care.list.next')}</Button>
          </Group>
        </>
      )}
      {visiting && <VisitForm resident={{ residentId: visiting.residentId, name: visiting.name }} onClose={() => setVisiting(null)} onSaved={() => setVisiting(null)} />}
    </Stack>
  );
}
