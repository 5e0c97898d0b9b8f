// 志愿服务: the alliances, the teams (with their 临时党小组, members and a year's activities),
// and the latest activities.
import { Badge, Box, Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { VolunteerTeamView } from '../../../shared/partyService';
import { officeNow } from '../../session/officeClock';
import { useApiQuery } from '../../api/useApiQuery';
import { useLocale } from '../../i18n/LocaleProvider';
import type { PartyTabContext } from '../PartyWorkspace';
import { useServiceChanged } from '../wishes/useServiceChanged';
import { ActivityRecordModal, TeamCreateModal } from './VolunteerForms';

export function VolunteersTab({ user }: PartyTabContext) {
  const { t, num } = useLocale();
  const [creating, setCreating] = useState(false);
  const [activityOf, setActivityOf] = useState<VolunteerTeamView | null>(null);
  // Teams and activities are written by administrators and community accounts (the core checks).
  const mayWrite = user.role === 'admin' || user.role === 'community';
  const now = officeNow();
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
        {mayWrite && (
          <Button size="xs" ml="auto" onClick={() => setCreating(true)} data-testid="volunteer-team-new">
            {t('volunteer.action.newTeam')}
          </Button>
        )}
      </Group>
      <TeamCreateModal opened={creating} onClose={() => setCreating(false)} today={now} overview={overview.status === 'ok' ? overview.data : null} />
      <ActivityRecordModal team={activityOf} onClose={() => setActivityOf(null)} today={now} />
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
              {mayWrite && <Table.Th />}
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
                  {mayWrite && (
                    <Table.Td>
                      <Button size="compact-xs" variant="subtle" onClick={() => setActivityOf(tm)} disabled={tm.members === 0} data-testid={`volunteer-activity-open-${tm.id}`}>
                        {t('volunteer.action.activity')}
                      </Button>
                    </Table.Td>
                  )}
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
