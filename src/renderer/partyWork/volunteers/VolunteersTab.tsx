// 志愿服务: the alliances, the teams (with their 临时党小组, members and a year's activities),
// and the latest activities.
import { Badge, Box, Group, Table, Text } from '@mantine/core';
import { useApiQuery } from '../../api/useApiQuery';
import { useLocale } from '../../i18n/LocaleProvider';
import type { PartyTabContext } from '../PartyWorkspace';
import { useServiceChanged } from '../wishes/useServiceChanged';

export function VolunteersTab(_ctx: PartyTabContext) {
  const { t, num } = useLocale();
  const changed = useServiceChanged();
  const overview = useApiQuery('volunteer.overview', {}, changed);
  const activities = useApiQuery('volunteer.activities', { limit: 50 }, changed);
  return (
    <Box p="sm" data-testid="party-volunteers">
      <Group gap="xs" mb="xs">
        <Text fw={600}>{t('volunteer.alliances')}</Text>
        {overview.status === 'ok' &&
          overview.data.alliances.map((a) => (
            <Badge key={a.id} variant="light" color="red">
              {a.name} · {t('volunteer.teamsCount', { n: a.teams })}
            </Badge>
          ))}
      </Group>
      <Box style={{ maxHeight: 360, overflow: 'auto' }}>
        <Table striped verticalSpacing={3} fz="sm" data-testid="volunteer-teams">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('volunteer.col.team')}</Table.Th>
              <Table.Th>{t('volunteer.col.community')}</Table.Th>
              <Table.Th>{t('volunteer.col.focus')}</Table.Th>
              <Table.Th>{t('volunteer.col.partyGroup')}</Table.Th>
              <Table.Th ta="right">{t('volunteer.col.members')}</Table.Th>
              <Table.Th ta="right">{t('volunteer.col.activities')}</Table.Th>
              <Table.Th ta="right">{t('volunteer.col.hours')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {overview.status === 'ok' &&
              overview.data.teams.map((tm) => (
                <Table.Tr key={tm.id}>
                  <Table.Td>{tm.name}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{tm.communityName ?? t('volunteer.street')}</Table.Td>
                  <Table.Td>{t(`volunteer.focus.${tm.focus}`)}</Table.Td>
                  <Table.Td>{tm.partyGroupName ?? '—'}</Table.Td>
                  <Table.Td ta="right">
                    {num(tm.members)}（{num(tm.partyMembers)}）
                  </Table.Td>
                  <Table.Td ta="right">{num(tm.activities)}</Table.Td>
                  <Table.Td ta="right">{num(tm.hours)}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Text fw={600} mt="md" mb="xs">
        {t('volunteer.activities')}
      </Text>
      <Table striped verticalSpacing={3} fz="sm" data-testid="volunteer-activities">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('volunteer.col.date')}</Table.Th>
            <Table.Th>{t('volunteer.col.title')}</Table.Th>
            <Table.Th>{t('volunteer.col.team')}</Table.Th>
            <Table.Th>{t('volunteer.col.place')}</Table.Th>
            <Table.Th ta="right">{t('volunteer.col.participants')}</Table.Th>
            <Table.Th ta="right">{t('volunteer.col.served')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.status === 'ok' &&
            activities.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{a.onDate}</Table.Td>
                <Table.Td>{a.title}</Table.Td>
                <Table.Td>{a.teamName}</Table.Td>
                <Table.Td>{a.place}</Table.Td>
                <Table.Td ta="right">{num(a.participants)}</Table.Td>
                <Table.Td ta="right">{num(a.peopleServed)}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
    </Box>
  );
}
