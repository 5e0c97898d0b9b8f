// 三张清单: needs, resources and projects, filtered by community, status and category; a row
// opens the item's drawer (history, steps, contacts, matching).
import { Badge, Box, Button, Group, SegmentedControl, Select, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { PartyListKind } from '../../../shared/partyLists';
import { PARTY_LIST_CATEGORIES, PARTY_LIST_STATUSES, type PartyListCategory, type PartyListStatus } from '../../../shared/vocab/partyLists';
import { errorMessage } from '../../api/errorMessage';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/LocaleProvider';
import type { PartyTabContext } from '../PartyWorkspace';
import { PARTY_COLORS } from '../map/partyMapLayers';
import { ItemDrawer } from './ItemDrawer';
import { PublishModal } from './PublishModal';
import { useListsChanged } from './useListsChanged';
import { PARTY_WRITERS, sideText, STATUS_COLOR } from './words';

const KINDS: readonly PartyListKind[] = ['need', 'resource', 'project'];

export function ListsTab(ctx: PartyTabContext) {
  const t = useT();
  const [kind, setKind] = useState<PartyListKind>('need');
  const [communityId, setCommunityId] = useState<number | null>(null);
  const [status, setStatus] = useState<PartyListStatus | null>(null);
  const [category, setCategory] = useState<PartyListCategory | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const { focus, onFocusShown } = ctx;
  useEffect(() => {
    if (!focus) return;
    setOpen(focus.itemId);
    onFocusShown?.(focus.seq);
  }, [focus, onFocusShown]);
  const [publishing, setPublishing] = useState(false);
  const canWrite = (PARTY_WRITERS as readonly string[]).includes(ctx.user.role);
  const changed = useListsChanged();
  const parties = useApiQuery('partyList.units', {}, changed);
  const page = useApiQuery(
    'partyList.list',
    { kind, limit: 200, ...(communityId ? { communityId } : {}), ...(status ? { status } : {}), ...(category ? { category } : {}) },
    changed,
  );
  const communities = parties.status === 'ok' ? parties.data.communities : [];
  return (
    <Box p="sm" data-testid="party-lists">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <SegmentedControl
          value={kind}
          onChange={(v) => setKind(v as PartyListKind)}
          data={KINDS.map((k) => ({ value: k, label: <span data-testid={`party-kind-${k}`}>{t(`party.kind.${k}`)}</span> }))}
        />
        <Select
          w={150}
          size="xs"
          placeholder={t('party.filter.community')}
          aria-label={t('party.filter.community')}
          clearable
          data={communities.map((c) => ({ value: String(c.id), label: c.name }))}
          value={communityId ? String(communityId) : null}
          onChange={(v) => setCommunityId(v ? Number(v) : null)}
          data-testid="party-filter-community"
        />
        <Select
          w={120}
          size="xs"
          placeholder={t('party.filter.status')}
          aria-label={t('party.filter.status')}
          clearable
          data={PARTY_LIST_STATUSES.map((s) => ({ value: s, label: t(`party.status.${s}`) }))}
          value={status}
          onChange={(v) => setStatus(v as PartyListStatus | null)}
          data-testid="party-filter-status"
        />
        <Select
          w={130}
          size="xs"
          placeholder={t('party.filter.category')}
          aria-label={t('party.filter.category')}
          clearable
          data={PARTY_LIST_CATEGORIES.map((c) => ({ value: c, label: t(`party.category.${c}`) }))}
          value={category}
          onChange={(v) => setCategory(v as PartyListCategory | null)}
          data-testid="party-filter-category"
        />
        {canWrite && kind !== 'project' && (
          <Button size="xs" onClick={() => setPublishing(true)} data-testid="party-publish">
            {t('party.step.publish')}
          </Button>
        )}
        <Text size="sm" c="dimmed" ml="auto" data-testid="party-total">
          {page.status === 'ok' ? t('party.total', { n: t.num(page.data.total) }) : ''}
        </Text>
      </Group>
      <Group gap="md" mb={6}>
        {(['needOpen', 'needClaimed', 'resource'] as const).map((k) => (
          <Group key={k} gap={4}>
            <Box w={10} h={10} style={{ borderRadius: 5, background: PARTY_COLORS[k] }} />
            <Text size="xs" c="dimmed">
              {t(`party.legend.${k}`)}
            </Text>
          </Group>
        ))}
      </Group>
      {page.status === 'error' && <Text c="red">{errorMessage(page.error, t)}</Text>}
      <Table striped highlightOnHover stickyHeader fz="sm" data-testid="party-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('party.col.code')}</Table.Th>
            <Table.Th>{t('party.col.title')}</Table.Th>
            <Table.Th w={100}>{t('party.col.category')}</Table.Th>
            <Table.Th w={170}>{t('party.col.owner')}</Table.Th>
            <Table.Th w={170}>{t('party.col.claimant')}</Table.Th>
            <Table.Th w={84}>{t('party.col.status')}</Table.Th>
            <Table.Th w={96}>{t('party.col.published')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.status === 'ok' &&
            page.data.items.map((i) => (
              <Table.Tr key={i.id} onClick={() => setOpen(i.id)} style={{ cursor: 'pointer' }} data-testid="party-row" data-id={i.id} data-status={i.status}>
                <Table.Td ff="monospace">{i.code}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {i.title}
                  </Text>
                  <Text size="xs" c="dimmed" lineClamp={1}>
                    {i.communityName} · {i.gridName}
                  </Text>
                </Table.Td>
                <Table.Td>{t(`party.category.${i.category}`)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {sideText(t, i.owner)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {sideText(t, i.claimant)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLOR[i.status]} variant="light" size="sm">
                    {t(`party.status.${i.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{new Date(i.publishedAt + 8 * 3_600_000).toISOString().slice(0, 10)}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {publishing && kind !== 'project' && (
        <PublishModal
          kind={kind}
          parties={parties.status === 'ok' ? parties.data : null}
          onClose={() => setPublishing(false)}
          onDone={(id) => {
            setPublishing(false);
            setOpen(id);
          }}
        />
      )}
      {open !== null && <ItemDrawer id={open} ctx={ctx} parties={parties.status === 'ok' ? parties.data : null} onOpen={setOpen} onClose={() => setOpen(null)} />}
    </Box>
  );
}
