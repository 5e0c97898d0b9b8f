// 楼栋工作日 in the Party work mode: the period the map shows (visited green, not visited red),
// the leader's own overdue buildings, the cadres and their shares, recent visits, and the
// form to record one. Names here are cadres' (staff); residents never appear.
import { Badge, Box, Button, Group, SegmentedControl, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { Fragment, useEffect, useMemo, useState } from 'react';
import type { CadreView, VisitView } from '../../shared/buildingDays';
import { VISIT_CYCLE_DAYS } from '../../shared/vocab/buildingDays';
import { errorMessage } from '../api/errorMessage';
import { useApiQuery } from '../api/useApiQuery';
import { useEventCount } from '../api/useEventCount';
import { useNow } from '../dispatch/useNow';
import { useT } from '../i18n/LocaleProvider';
import type { PartyTabContext } from '../partyWork/PartyWorkspace';
import { VISIT_PERIODS, visitPeriod, type VisitPeriodKind } from './periods';
import { AssignShareModal } from './AssignShareModal';
import { CadreModal } from './CadreModal';
import { CadreShare } from './CadreShare';
import { RecordVisitModal } from './RecordVisitModal';
import { setVisitPeriod } from './visitMapStore';
import { VISIT_COLORS } from './visitMapLayers';

export function BuildingDaysTab({ user, onLocate }: PartyTabContext) {
  const t = useT();
  const now = useNow(60_000);
  const [kind, setKind] = useState<VisitPeriodKind>('month');
  const [recording, setRecording] = useState<{ building: number | null } | null>(null);
  const [last, setLast] = useState<VisitView | null>(null);
  // 分片包干: the cadre being edited (null: a new one), the one whose share is being changed, the rows opened.
  const [editing, setEditing] = useState<{ cadre: CadreView | null } | null>(null);
  const [assigning, setAssigning] = useState<CadreView | null>(null);
  const [open, setOpen] = useState<Set<number>>(new Set());
  const [saved, setSaved] = useState<string | null>(null);
  const changed = useEventCount('buildingDay.changed');
  // The same object while the day's range stands: the map query and the store key on it.
  const { from, to } = visitPeriod(kind, now);
  const period = useMemo(() => ({ from, to }), [from, to]);
  useEffect(() => {
    setVisitPeriod(period);
  }, [period]);
  useEffect(() => () => setVisitPeriod(null), []);
  const map = useApiQuery('buildingDay.map', period, changed);
  const mine = useApiQuery('buildingDay.mine', {}, changed);
  const cadres = useApiQuery('buildingDay.cadres', {}, changed);
  const myCadre = mine.status === 'ok' ? mine.data.cadre : null;
  const visits = useApiQuery('buildingDay.visits', myCadre ? { cadreId: myCadre.id, limit: 10 } : null, changed);
  const writer = user.role === 'admin' || user.role === 'leader' || user.role === 'community';
  // Cadres and their shares are kept by administrators only (CADRE_ADMIN_ROLES in the core).
  const keeper = user.role === 'admin';
  const toggle = (id: number) =>
    setOpen((s) => {
      const n = new Set(s);
      if (n.has(id)) n.delete(id);
      else n.add(id);
      return n;
    });
  return (
    <Box p="sm" data-testid="building-days">
      <Group gap="sm" mb="sm" wrap="nowrap">
        <SegmentedControl size="xs" value={kind} onChange={(v) => setKind(v as VisitPeriodKind)} data={VISIT_PERIODS.map((k) => ({ value: k, label: t(`buildingDay.period.${k}`) }))} data-testid="visit-period" />
        <Text size="sm" data-testid="visit-counts" data-visited={map.status === 'ok' ? map.data.visited : ''}>
          {map.status === 'ok' ? t('buildingDay.map.counts', { total: t.num(map.data.buildingIds.length), visited: t.num(map.data.visited), notVisited: t.num(map.data.notVisited) }) : ''}
        </Text>
        <Group gap={6} ml="auto" wrap="nowrap" style={{ flex: 'none' }}>
          <Badge color="green" variant="dot" styles={{ root: { '--badge-dot-color': VISIT_COLORS.visited } as React.CSSProperties }}>
            {t('buildingDay.map.visited')}
          </Badge>
          <Badge color="red" variant="dot">
            {t('buildingDay.map.notVisited')}
          </Badge>
          {writer && (
            <Button size="xs" onClick={() => setRecording({ building: null })} data-testid="visit-record">
              {t('buildingDay.record')}
            </Button>
          )}
        </Group>
      </Group>
      {map.status === 'error' && <Text c="red">{errorMessage(map.error, t)}</Text>}

      {user.role === 'leader' && (
        <Box mb="md" data-testid="visit-mine">
          <Text fw={600} mb={4}>
            {t('buildingDay.mine.title')}
          </Text>
          {mine.status === 'ok' && mine.data.cadre === null && <Text c="dimmed">{t('buildingDay.mine.none')}</Text>}
          {mine.status === 'ok' && mine.data.cadre !== null && (
            <Stack gap={4}>
              <Text size="sm">{t('buildingDay.mine.next', { day: mine.data.nextVisitDay ?? '', weekday: t(`buildingDay.weekday.${mine.data.cadre.visitWeekday}` as 'buildingDay.weekday.1') })}</Text>
              <Text size="sm" c={mine.data.overdue.length > 0 ? 'red' : 'dimmed'} data-testid="visit-overdue-count">
                {mine.data.overdue.length > 0 ? t('buildingDay.mine.overdue', { n: t.num(mine.data.overdue.length), cycle: VISIT_CYCLE_DAYS }) : t('buildingDay.mine.noneOverdue')}
              </Text>
              <Table verticalSpacing={2} fz="sm" data-testid="visit-overdue">
                <Table.Tbody>
                  {mine.data.overdue.slice(0, 12).map((o) => (
                    <Table.Tr key={o.buildingId} data-testid={`visit-overdue-${o.buildingId}`}>
                      <Table.Td>
                        <UnstyledButton onClick={() => onLocate([o.lng, o.lat])}>
                          <Text size="sm" c="blue">
                            {o.buildingName}
                          </Text>
                        </UnstyledButton>
                      </Table.Td>
                      <Table.Td>{o.gridName}</Table.Td>
                      <Table.Td>{o.lastVisitOn ? t('buildingDay.mine.last', { day: o.lastVisitOn }) : t('buildingDay.mine.never')}</Table.Td>
                      <Table.Td c="red">{t('buildingDay.mine.days', { days: t.num(o.daysOverdue) })}</Table.Td>
                      <Table.Td>
                        <Button size="compact-xs" variant="light" onClick={() => setRecording({ building: o.buildingId })} data-testid={`visit-overdue-record-${o.buildingId}`}>
                          {t('buildingDay.record')}
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
        </Box>
      )}

      {last && (
        <Text size="sm" c="green" mb="sm" data-testid="visit-recorded">
          {`${last.buildingName} · ${last.visitedOn} · ${t('buildingDay.visits.households', { n: last.householdsMet })}${last.problems.length > 0 ? ` · ${last.problems.map((p) => p.refCode ?? t(`buildingDay.outcome.${p.outcome}`)).join('、')}` : ''}`}
        </Text>
      )}

      {myCadre && visits.status === 'ok' && (
        <Box mb="md">
          <Text fw={600} mb={4}>
            {t('buildingDay.visits.title')}
          </Text>
          {visits.data.length === 0 && <Text c="dimmed">{t('buildingDay.visits.none')}</Text>}
          <Table verticalSpacing={2} fz="sm" data-testid="visit-list">
            <Table.Tbody>
              {visits.data.map((v) => (
                <Table.Tr key={v.id}>
                  <Table.Td>{v.visitedOn}</Table.Td>
                  <Table.Td>{v.buildingName}</Table.Td>
                  <Table.Td>{t('buildingDay.visits.households', { n: v.householdsMet })}</Table.Td>
                  <Table.Td>{v.problems.length > 0 ? v.problems.map((p) => `${p.summary}${p.refCode ? `（${p.refCode}）` : ''}`).join('；') : ''}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Box>
      )}

      <Group justify="space-between" mb={4}>
        <Text fw={600}>{t('buildingDay.cadres.title')}</Text>
        {keeper && (
          <Button size="compact-xs" variant="light" onClick={() => setEditing({ cadre: null })} data-testid="cadre-add">
            {t('buildingDay.cadre.add')}
          </Button>
        )}
      </Group>
      {saved && (
        <Text size="sm" c="green" mb={4} data-testid="cadre-saved">
          {saved}
        </Text>
      )}
      <Table striped verticalSpacing={2} fz="sm" data-testid="cadre-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('buildingDay.cadres.name')}</Table.Th>
            <Table.Th>{t('buildingDay.cadres.post')}</Table.Th>
            <Table.Th>{t('buildingDay.cadres.weekday')}</Table.Th>
            <Table.Th>{t('buildingDay.cadres.buildings')}</Table.Th>
            <Table.Th>{t('buildingDay.cadres.overdue')}</Table.Th>
            <Table.Th>{t('buildingDay.cadres.last')}</Table.Th>
            {keeper && <Table.Th />}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cadres.status === 'ok' &&
            cadres.data.map((c) => (
              <Fragment key={c.id}>
                <Table.Tr data-testid={`cadre-row-${c.id}`}>
                  <Table.Td>
                    <UnstyledButton onClick={() => toggle(c.id)} data-testid={`cadre-open-${c.id}`}>
                      <Text size="sm" c="blue">
                        {`${open.has(c.id) ? '▾' : '▸'} ${c.name}`}
                      </Text>
                    </UnstyledButton>
                  </Table.Td>
                  <Table.Td>{t(`buildingDay.post.${c.post}`)}</Table.Td>
                  <Table.Td>{t(`buildingDay.weekday.${c.visitWeekday}` as 'buildingDay.weekday.1')}</Table.Td>
                  <Table.Td data-testid={`cadre-buildings-${c.id}`}>{t.num(c.buildings)}</Table.Td>
                  <Table.Td c={c.overdue > 0 ? 'red' : undefined}>{t.num(c.overdue)}</Table.Td>
                  <Table.Td>{c.lastVisitOn ?? '—'}</Table.Td>
                  {keeper && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap" justify="flex-end">
                        <Button size="compact-xs" variant="subtle" onClick={() => setEditing({ cadre: c })} data-testid={`cadre-edit-${c.id}`}>
                          {t('buildingDay.cadre.edit')}
                        </Button>
                        <Button size="compact-xs" variant="light" onClick={() => setAssigning(c)} data-testid={`cadre-assign-${c.id}`}>
                          {t('buildingDay.assign.open')}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
                {open.has(c.id) && (
                  <Table.Tr>
                    <Table.Td colSpan={keeper ? 7 : 6} pl="lg">
                      <CadreShare cadreId={c.id} reload={changed} />
                    </Table.Td>
                  </Table.Tr>
                )}
              </Fragment>
            ))}
        </Table.Tbody>
      </Table>

      {editing && (
        <CadreModal
          cadre={editing.cadre}
          onClose={() => setEditing(null)}
          onSaved={(c) => {
            setEditing(null);
            setSaved(t('buildingDay.cadre.saved', { name: c.name }));
          }}
        />
      )}
      {assigning && (
        <AssignShareModal
          cadre={assigning}
          onClose={() => setAssigning(null)}
          onSaved={(c) => {
            setAssigning(null);
            setOpen((s) => new Set(s).add(c.id));
            setSaved(t('buildingDay.assign.saved', { name: c.name, n: t.num(c.buildings) }));
          }}
        />
      )}

      {recording && (
        <RecordVisitModal
          user={user}
          initialBuilding={recording.building}
          onClose={() => setRecording(null)}
          onRecorded={(v, at) => {
            setRecording(null);
            setLast(v);
            if (at) onLocate([at.lng, at.lat]);
          }}
        />
      )}
    </Box>
  );
}
