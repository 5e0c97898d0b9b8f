// 微心愿 (with 微服务 and 微项目): the list by status, a drawer with the flow's steps, and the
// form to record one. The core decides every rule; this screen only offers what it allows.
import { Badge, Box, Button, Chip, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { WISH_STATUSES, type WishStatus } from '../../../shared/vocab/wishes';
import { errorMessage } from '../../api/errorMessage';
import { useApiQuery } from '../../api/useApiQuery';
import { useT } from '../../i18n/LocaleProvider';
import type { PartyTabContext } from '../PartyWorkspace';
import { RecordWishModal } from './RecordWishModal';
import { useServiceChanged } from './useServiceChanged';
import { WishDrawer } from './WishDrawer';

export const WISH_STATUS_COLOR: Record<WishStatus, string> = {
  pending_review: 'orange',
  approved: 'yellow',
  rejected: 'gray',
  published: 'blue',
  claimed: 'grape',
  fulfilled: 'teal',
  evaluated: 'green',
  withdrawn: 'gray',
};

export function WishesTab({ user }: PartyTabContext) {
  const t = useT();
  const [status, setStatus] = useState<WishStatus | 'all'>('all');
  const [open, setOpen] = useState<number | null>(null);
  const [recording, setRecording] = useState(false);
  const changed = useServiceChanged();
  const page = useApiQuery('wish.list', { limit: 200, ...(status === 'all' ? {} : { status: [status] }) }, changed);
  const writer = user.role === 'admin' || user.role === 'community';
  const counts = page.status === 'ok' ? page.data.byStatus : null;
  return (
    <Box p="sm" data-testid="party-wishes">
      <Group gap="xs" mb="sm" wrap="nowrap" align="center">
        <Chip.Group value={status} onChange={(v) => setStatus(v as WishStatus | 'all')}>
          <Group gap={4} wrap="wrap">
            <Chip value="all" size="xs" data-testid="wish-status-all">
              {t('wish.allStatuses')}
            </Chip>
            {WISH_STATUSES.map((s) => (
              <Chip key={s} value={s} size="xs" data-testid={`wish-status-${s}`}>
                {t(`wish.status.${s}`)}
                {counts ? ` ${t.num(counts[s])}` : ''}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
        {writer && (
          <Button size="xs" ml="auto" style={{ flex: 'none' }} onClick={() => setRecording(true)} data-testid="wish-record">
            {t('wish.record')}
          </Button>
        )}
      </Group>
      {page.status === 'error' && <Text c="red">{errorMessage(page.error, t)}</Text>}
      <Text size="sm" c="dimmed" mb={4} data-testid="wish-total">
        {page.status === 'ok' ? t('wish.total', { n: t.num(page.data.total) }) : ''}
      </Text>
      <Table striped highlightOnHover verticalSpacing={4} fz="sm" data-testid="wish-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('wish.col.code')}</Table.Th>
            <Table.Th>{t('wish.col.title')}</Table.Th>
            <Table.Th>{t('wish.col.kind')}</Table.Th>
            <Table.Th>{t('wish.col.resident')}</Table.Th>
            <Table.Th>{t('wish.col.grid')}</Table.Th>
            <Table.Th>{t('wish.col.status')}</Table.Th>
            <Table.Th>{t('wish.col.claimant')}</Table.Th>
            <Table.Th ta="right">{t('wish.col.age')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {page.status === 'ok' &&
            page.data.items.map((w) => (
              <Table.Tr key={w.id} style={{ cursor: 'pointer' }} onClick={() => setOpen(w.id)} data-testid="wish-row" data-wish-id={w.id}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{w.code}</Table.Td>
                <Table.Td>{w.title}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{t(`wish.kind.${w.kind}`)}</Table.Td>
                <Table.Td>{w.residentName ?? t('wish.none')}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{w.gridName}</Table.Td>
                <Table.Td>
                  <Badge size="sm" variant="light" color={WISH_STATUS_COLOR[w.status]}>
                    {t(`wish.status.${w.status}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>{w.claimant ? `${t(`wish.claimant.${w.claimant.kind}`)} ${w.claimant.name ?? ''}` : t('wish.none')}</Table.Td>
                <Table.Td ta="right">{t.num(w.ageDays)}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {open !== null && <WishDrawer wishId={open} reloadKey={changed} onClose={() => setOpen(null)} />}
      {recording && (
        <RecordWishModal
          user={user}
          onClose={() => setRecording(false)}
          onRecorded={(id) => {
            setRecording(false);
            setOpen(id);
          }}
        />
      )}
    </Box>
  );
}
