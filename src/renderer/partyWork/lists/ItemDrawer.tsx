// One item of the lists: what it is, who owns and claimed it, its steps (offered as the state
// machine allows and the role may), 双向联系/服务, matching suggestions and its history.
import { Alert, Badge, Button, Divider, Drawer, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { PartyListAction, PartyListItemView, PartyMatchSuggestion, PartyParties } from '../../../shared/partyLists';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/LocaleProvider';
import { formatDateTime } from '../../registers/formatDateTime';
import type { PartyTabContext } from '../PartyWorkspace';
import { MatchList } from './MatchList';
import { StepModal, type StepDialog } from './StepModal';
import { useListsChanged } from './useListsChanged';
import { PARTY_WRITERS, STATUS_COLOR } from './words';

/** The steps the drawer offers, mirroring the core's table (the core decides). */
function offered(item: PartyListItemView): (PartyListAction | 'claim')[] {
  if (item.kind !== 'project' && item.projectId !== null) return [];
  const s = item.status;
  const out: (PartyListAction | 'claim')[] = [];
  if (s === 'published' && item.kind !== 'project') out.push('claim');
  if (s === 'claimed') out.push('start');
  if (s === 'in_progress') out.push('complete');
  if (s === 'completed') out.push('evaluate');
  if (s === 'claimed' && item.kind !== 'project') out.push('reject');
  if (s === 'claimed' || s === 'in_progress') out.push('release');
  if (s === 'published' || s === 'claimed') out.push('withdraw');
  return out;
}

interface Props {
  id: number;
  ctx: PartyTabContext;
  parties: PartyParties | null;
  onOpen: (id: number) => void;
  onClose: () => void;
}

export function ItemDrawer({ id, ctx, parties, onOpen, onClose }: Props) {
  const t = useT();
  const changed = useListsChanged();
  const detail = useApiQuery('partyList.detail', { id }, changed);
  const item = detail.status === 'ok' ? detail.data.item : null;
  const matchable = item !== null && item.kind !== 'project' && item.projectId === null && (item.status === 'published' || item.status === 'claimed');
  const matches = useApiQuery('partyList.matches', matchable ? { id, limit: 5 } : null, changed);
  const [dialog, setDialog] = useState<StepDialog | null>(null);
  const [error, setError] = useState<string | null>(null);
  const canWrite = (PARTY_WRITERS as readonly string[]).includes(ctx.user.role);

  const direct = async (action: 'start' | 'complete') => {
    setError(null);
    try {
      await api.call('partyList.act', { id, action });
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  const pair = async (s: PartyMatchSuggestion) => {
    if (!item) return;
    setError(null);
    try {
      const done = await api.call('partyList.pair', item.kind === 'need' ? { needId: item.id, resourceId: s.item.id } : { needId: s.item.id, resourceId: item.id });
      onOpen(done.id);
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  return (
    <Drawer opened onClose={onClose} position="right" size={560} title={item ? `${item.code} · ${t(`party.kind.${item.kind}`)}` : ''} data-testid="party-drawer">
      {detail.status === 'error' && <Alert color="red">{errorMessage(detail.error, t)}</Alert>}
      {item && detail.status === 'ok' && (
        <Stack gap="sm" data-testid="party-item" data-status={item.status} data-kind={item.kind}>
          <Group justify="space-between" wrap="nowrap">
            <Title order={4} style={{ cursor: 'pointer' }} onClick={() => ctx.onLocate([item.lng, item.lat])}>
              {item.title}
            </Title>
            <Badge color={STATUS_COLOR[item.status]} size="lg" variant="light" data-testid="party-item-status">
              {t(`party.status.${item.status}`)}
            </Badge>
          </Group>
          <Table fz="sm" withRowBorders={false} verticalSpacing={2}>
            <Table.Tbody>
              <Row label={t('party.col.category')} value={t(`party.category.${item.category}`)} />
              <Row label={t('party.col.owner')} value={`${t(`party.ownerKind.${item.owner.kind}`)} · ${item.owner.name}`} />
              <Row label={t('party.col.claimant')} value={item.claimant ? `${t(`party.ownerKind.${item.claimant.kind}`)} · ${item.claimant.name}` : t('party.none')} testId="party-item-claimant" />
              <Row label={t('party.col.place')} value={`${item.communityName} · ${item.gridName}`} />
              <Row label={t('party.col.period')} value={`${item.startsOn} ~ ${item.endsOn}`} />
              <Row label={t('party.drawer.description')} value={item.description} />
              {item.rating !== null && <Row label={t('party.rating')} value={'★'.repeat(item.rating)} />}
            </Table.Tbody>
          </Table>
          {canWrite && (
            <Group gap="xs" data-testid="party-actions">
              {offered(item).map((step) =>
                step === 'start' || step === 'complete' ? (
                  <Button key={step} size="xs" onClick={() => void direct(step)} data-testid={`party-act-${step}`}>
                    {t(`party.step.${step}`)}
                  </Button>
                ) : (
                  <Button key={step} size="xs" variant={step === 'claim' || step === 'evaluate' ? 'filled' : 'light'} color={step === 'withdraw' || step === 'reject' || step === 'release' ? 'red' : undefined} onClick={() => setDialog(step)} data-testid={`party-act-${step}`}>
                    {t(`party.step.${step}`)}
                  </Button>
                ),
              )}
              {item.status !== 'withdrawn' && (
                <Button size="xs" variant="default" onClick={() => setDialog('record')} data-testid="party-act-record">
                  {t('party.record')}
                </Button>
              )}
            </Group>
          )}
          {error && (
            <Alert color="red" data-testid="party-error">
              {error}
            </Alert>
          )}
          {detail.data.linked.length > 0 && (
            <>
              <Divider label={t('party.drawer.linked')} labelPosition="left" />
              {detail.data.linked.map((l) => (
                <Text key={l.id} size="sm" style={{ cursor: 'pointer' }} c="blue" onClick={() => onOpen(l.id)} data-testid="party-linked">
                  {l.code} · {t(`party.kind.${l.kind}`)} · {l.title} · {t(`party.status.${l.status}`)}
                </Text>
              ))}
            </>
          )}
          {matchable && (
            <>
              <Divider label={item.kind === 'need' ? t('party.drawer.matches') : t('party.drawer.matchesForResource')} labelPosition="left" />
              {matches.status === 'ok' && <MatchList suggestions={matches.data.suggestions} onOpen={onOpen} onPair={canWrite ? (s) => void pair(s) : null} />}
            </>
          )}
          <Divider label={t('party.drawer.contacts')} labelPosition="left" />
          {detail.data.contacts.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('party.none')}
            </Text>
          ) : (
            detail.data.contacts.map((c) => (
              <Text key={c.id} size="sm" data-testid="party-contact">
                {c.onDate} · {t(`party.contact.${c.kind}`)} · {t(`party.side.${c.side}`)} · {c.note}
                {c.hours !== null ? ` · ${t('party.hoursServed', { hours: c.hours, served: c.peopleServed ?? 0 })}` : ''}
              </Text>
            ))
          )}
          <Divider label={t('party.drawer.history')} labelPosition="left" />
          <Stack gap={4} data-testid="party-history">
            {detail.data.history.map((h) => (
              <Text key={h.id} size="sm" data-testid="party-history-step" data-step={h.step}>
                <Text span c="dimmed" size="xs">
                  {formatDateTime(h.at)}
                </Text>{' '}
                <b>{t(`party.step.${h.step}`)}</b> {h.party ? `· ${h.party.name}` : ''} · {h.actorName}
                {h.reason ? ` · ${h.reason}` : ''}
              </Text>
            ))}
          </Stack>
        </Stack>
      )}
      {dialog && item && <StepModal item={item} dialog={dialog} parties={parties} onClose={() => setDialog(null)} />}
    </Drawer>
  );
}

function Row({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Table.Tr>
      <Table.Td w={90} c="dimmed" style={{ verticalAlign: 'top' }}>
        {label}
      </Table.Td>
      <Table.Td data-testid={testId} style={{ whiteSpace: 'pre-wrap' }}>
        {value}
      </Table.Td>
    </Table.Tr>
  );
}
