// 新街道准备清单: each step of a new street's setup with what is there (count), what is
// wrong (gaps, overlaps, cut buildings…) and a button to the import that does it. The core
// answers the list (newStreet.checklist, with the whole-street validation in a worker).
import { Alert, Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import type { SetupChecklist as Checklist, SetupItem } from '../../shared/newStreet';
import { useT } from '../i18n/LocaleProvider';
import type { QueryState } from '../api/useApiQuery';
import { errorMessage } from '../api/errorMessage';

const STATE_COLOR: Record<SetupItem['state'], string> = { done: 'teal', problem: 'orange', missing: 'gray' };

export function SetupChecklist({ list, onOpen, onRefresh }: { list: QueryState<Checklist>; onOpen: (item: SetupItem) => void; onRefresh: () => void }) {
  const t = useT();
  if (list.status === 'loading') {
    return (
      <Group gap="xs" py="lg">
        <Loader size="sm" />
        <Text fz="sm">{t('newStreet.checklist.loading')}</Text>
      </Group>
    );
  }
  if (list.status === 'error') return <Alert color="red">{errorMessage(list.error, t)}</Alert>;
  const data = list.data;
  const open = data.items.filter((i) => i.required && i.state !== 'done').length;
  return (
    <Stack gap="sm" data-testid="setup-checklist" data-complete={data.complete ? 'true' : 'false'}>
      <Text fz="sm" c="dimmed">
        {t('newStreet.checklist.hint')}
      </Text>
      <Alert color={data.complete ? 'teal' : 'blue'} data-testid="setup-summary">
        {data.complete ? t('newStreet.checklist.complete') : t('newStreet.checklist.incomplete', { n: open })}
      </Alert>
      <Table verticalSpacing={6} horizontalSpacing="sm">
        <Table.Tbody>
          {data.items.map((item, i) => (
            <Table.Tr key={item.step} data-step={item.step} data-state={item.state} data-testid={`setup-step-${item.step}`}>
              <Table.Td w={28} c="dimmed" className="tabular">
                {i + 1}
              </Table.Td>
              <Table.Td>
                <Group gap={6} wrap="nowrap">
                  <Text fz="sm" fw={600}>
                    {t(`newStreet.step.${item.step}`)}
                  </Text>
                  <Badge size="xs" variant="outline" color={item.required ? 'blue' : 'gray'}>
                    {item.required ? t('newStreet.checklist.required') : t('newStreet.checklist.optional')}
                  </Badge>
                </Group>
                <Text fz="xs" c="dimmed">
                  {t(`newStreet.how.${item.step}`)}
                </Text>
                {item.issues.length > 0 && (
                  <Text fz="xs" c="orange.8" data-testid={`setup-issues-${item.step}`}>
                    {item.issues.map((x) => t(`newStreet.issue.${x.kind}`, { n: x.count })).join('，')}
                  </Text>
                )}
              </Table.Td>
              <Table.Td w={90} ta="right" className="tabular">
                <Text fz="sm">{t('newStreet.checklist.count', { n: item.count })}</Text>
              </Table.Td>
              <Table.Td w={80}>
                <Badge color={STATE_COLOR[item.state]} variant={item.state === 'missing' ? 'outline' : 'filled'}>
                  {t(`newStreet.state.${item.state}`)}
                </Badge>
              </Table.Td>
              <Table.Td w={90}>
                <Button size="xs" variant={item.state === 'done' ? 'subtle' : 'light'} onClick={() => onOpen(item)} data-testid={`setup-open-${item.step}`}>
                  {t('newStreet.checklist.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <Group justify="flex-end">
        <Button variant="default" size="xs" onClick={onRefresh} data-testid="setup-refresh">
          {t('newStreet.checklist.refresh')}
        </Button>
      </Group>
    </Stack>
  );
}
