// 组织考评 in the Party work mode: the 三会一课 reminders due now (each with a button to record
// the meeting), the rectification plans in progress, and every organisation in scope with
// its rating and this year's meetings; a row opens its assessment drawer.
import { Badge, Box, Button, Group, Table, Text, UnstyledButton } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { MeetingDue } from '../../shared/partyAssessment';
import { api } from '../api/api';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';
import type { PartyTabContext } from '../partyWork/PartyWorkspace';
import { OrgAssessmentDrawer, RATING_COLOR } from './OrgAssessmentDrawer';
import { PlanCard } from './PlanCard';
import { RecordMeetingModal } from './RecordMeetingModal';
import { kindsForOrg } from './kinds';

export function AssessmentTab({ user }: PartyTabContext) {
  const t = useT();
  const [changed, setChanged] = useState(0);
  useEffect(() => api.on('partyAssessment.changed', () => setChanged((n) => n + 1)), []);
  const bump = () => setChanged((n) => n + 1);
  const due = useApiQuery('partyAssessment.due', {}, changed);
  const plans = useApiQuery('partyAssessment.plans', { status: 'open' }, changed);
  const orgs = useApiQuery('partyAssessment.overview', {}, changed);
  const [open, setOpen] = useState<number | null>(null);
  const [recording, setRecording] = useState<MeetingDue | null>(null);
  const canRecord = user.role === 'admin' || user.role === 'community';
  const canRate = user.role === 'admin' || user.role === 'leader';
  const orgKind = (id: number) => (orgs.status === 'ok' ? orgs.data.find((o) => o.orgId === id)?.kind : undefined);
  return (
    <Box p="sm" data-testid="party-assessment">
      <Text fw={600} mb={4}>
        {t('assessment.due.title')}
      </Text>
      {due.status === 'error' && <Text c="red">{errorMessage(due.error, t)}</Text>}
      {due.status === 'ok' && due.data.length === 0 && (
        <Text c="dimmed" size="sm" mb="sm">
          {t('assessment.due.none')}
        </Text>
      )}
      {due.status === 'ok' && due.data.length > 0 && (
        <Box mah={220} style={{ overflow: 'auto' }} mb="sm">
          <Table verticalSpacing={2} fz="sm" data-testid="assessment-due">
            <Table.Tbody>
              {due.data.map((d) => (
                <Table.Tr key={`${d.orgId}-${d.kind}-${d.period}`} data-testid={`due-${d.orgId}-${d.kind}-${d.period}`}>
                  <Table.Td>
                    <UnstyledButton onClick={() => setOpen(d.orgId)}>
                      <Text size="sm" c="blue">
                        {d.orgName}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{t(`assessment.kind.${d.kind}`)}</Table.Td>
                  <Table.Td>{d.period}</Table.Td>
                  <Table.Td>
                    <Badge size="sm" color={d.state === 'missed' ? 'red' : 'orange'}>
                      {t(`assessment.state.${d.state}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    {canRecord && (user.communityId === null || user.communityId === d.communityId) && (
                      <Button size="compact-xs" variant="light" onClick={() => setRecording(d)} data-testid={`due-record-${d.orgId}-${d.kind}-${d.period}`}>
                        {t('assessment.due.record')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}

      <Text fw={600} mb={4}>
        {t('assessment.plans.title')}
      </Text>
      {plans.status === 'ok' && plans.data.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('assessment.plans.none')}
        </Text>
      )}
      {plans.status === 'ok' && plans.data.map((p) => <PlanCard key={p.id} plan={p} canAct={canRate} onChanged={bump} />)}

      <Text fw={600} mt="sm" mb={4}>
        {t('assessment.orgs.title')}
      </Text>
      <Table striped highlightOnHover verticalSpacing={2} fz="sm" data-testid="assessment-orgs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('assessment.orgs.org')}</Table.Th>
            <Table.Th>{t('assessment.orgs.community')}</Table.Th>
            <Table.Th>{t('assessment.orgs.rating')}</Table.Th>
            <Table.Th>{t('assessment.orgs.meetings')}</Table.Th>
            <Table.Th>{t('assessment.orgs.due')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {orgs.status === 'ok' &&
            orgs.data.map((o) => (
              <Table.Tr key={o.orgId} style={{ cursor: 'pointer' }} onClick={() => setOpen(o.orgId)} data-testid={`assessment-org-${o.orgId}`}>
                <Table.Td>{o.orgName}</Table.Td>
                <Table.Td>{o.communityName ?? '—'}</Table.Td>
                <Table.Td>
                  <Badge size="sm" color={RATING_COLOR[o.rating]}>
                    {t(`assessment.rating.${o.rating}`)}
                  </Badge>
                  {o.underRectification && (
                    <Badge size="sm" ml={4} color="orange" variant="light">
                      {t('assessment.orgs.rectifying')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>{o.meetingsExpected > 0 ? `${o.meetingsHeld} / ${o.meetingsExpected}` : '—'}</Table.Td>
                <Table.Td c={o.due > 0 ? 'red' : undefined}>{o.due > 0 ? o.due : ''}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>

      {open !== null && <OrgAssessmentDrawer orgId={open} reload={changed} onClose={() => setOpen(null)} onChanged={bump} />}
      {recording && (
        <RecordMeetingModal
          orgId={recording.orgId}
          orgName={recording.orgName}
          kinds={kindsForOrg(orgKind(recording.orgId), recording.kind)}
          kind={recording.kind}
          {...(recording.state === 'missed' ? { heldOn: recording.endsOn } : {})}
          onClose={() => setRecording(null)}
          onRecorded={() => {
            setRecording(null);
            bump();
          }}
        />
      )}
    </Box>
  );
}
