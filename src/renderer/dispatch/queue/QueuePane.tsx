// The left of the desk: toolbar, queue tabs with counts, filters, the table, bulk
// assignment and the pager; and the toolbar's reports (indicators, ledger export).
import { Alert, Box, Center, Text } from '@mantine/core';
import type { MapBase } from '../../../shared/views';
import { errorMessage } from '../../api/errorMessage';
import { useT } from '../../i18n/LocaleProvider';
import { consoleColors } from '../../theme/consoleColors';
import { DeskToolbar } from '../DeskToolbar';
import { IndicatorsModal, type AreaPick } from '../indicators/IndicatorsModal';
import { LedgerModal } from '../ledger/LedgerModal';
import { canEditSettings, canReport } from '../roles';
import type { DispatchDesk } from '../useDispatchDesk';
import { BulkAssignBar } from './BulkAssignBar';
import { QueueFilterBar } from './QueueFilterBar';
import { QueuePager } from './QueuePager';
import { QueueTable } from './QueueTable';
import { QueueTabs } from './QueueTabs';

export function QueuePane({ desk, base }: { desk: DispatchDesk; base: MapBase | null }) {
  const t = useT();
  const { queue, rows } = desk;
  const openId = desk.pane.kind === 'case' ? desk.pane.id : null;
  const selectedIds = rows.filter((r) => desk.selected.has(r.id)).map((r) => r.id);
  const { reports } = desk;
  // A community or grid picked in the indicators: the queue shows its cases (the grid's
  // community is set too, so the grid filter's list matches).
  const showArea = (area: AreaPick) => {
    const communityId = area.kind === 'community' ? area.id : (base?.grids.features.find((f) => f.properties.id === area.id)?.properties.communityId ?? null);
    desk.setFilters({ communityId, gridId: area.kind === 'grid' ? area.id : null });
    reports.setOpen(null);
    desk.say('ok', t('indicators.filtered', { name: area.label }));
  };
  return (
    <Box
      component="section"
      data-testid="dispatch-queue"
      data-queue={desk.filters.queue}
      data-version={queue.version}
      style={{
        gridArea: 'queue',
        display: 'flex',
        flexDirection: 'column',
        minHeight: 0,
        minWidth: 0,
        background: consoleColors.panelBg,
        borderRight: `1px solid ${consoleColors.panelBorder}`,
      }}
    >
      <DeskToolbar
        canReport={canReport(desk.user.role)}
        canEditSettings={canEditSettings(desk.user.role)}
        onIntake={desk.startIntake}
        onIndicators={() => reports.setOpen('indicators')}
        onLedger={() => reports.setOpen('ledger')}
        onSettings={() => desk.setSettingsOpen(true)}
        onHelp={() => desk.setHelpOpen(true)}
      />
      <Box px={12}>
        <QueueTabs value={desk.filters.queue} counts={queue.data?.counts ?? null} onChange={(q) => desk.setFilters({ queue: q })} />
      </Box>
      <Box px={12} py={8}>
        <QueueFilterBar filters={desk.filters} base={base} searchRef={desk.searchRef} onChange={desk.setFilters} onReset={desk.resetFilters} />
      </Box>
      <Box style={{ flex: 1, minHeight: 0, overflow: 'auto', borderTop: `1px solid ${consoleColors.panelBorder}` }} data-testid="queue-scroll">
        {queue.error !== null && (
          <Alert color="red" m={12} title={t('queue.loadFailed')}>
            {errorMessage(queue.error, t)}
          </Alert>
        )}
        {queue.data && rows.length === 0 && (
          <Center py={48}>
            <Text c="dimmed" fz="sm" data-testid="queue-empty">
              {t('queue.empty')}
            </Text>
          </Center>
        )}
        {rows.length > 0 && (
          <QueueTable
            rows={rows}
            cursorId={desk.cursorId}
            openId={openId}
            selectable={desk.canBulkAssign}
            selected={desk.selected}
            onToggle={desk.toggleSelected}
            onToggleAll={desk.selectAll}
            onOpen={(r) => desk.openCase(r.id, r.center)}
            addressPrefix={base ? `${base.street.city}${base.street.district}${base.street.name}` : ''}
          />
        )}
      </Box>
      {desk.canBulkAssign && selectedIds.length > 0 && (
        <BulkAssignBar
          caseIds={selectedIds}
          onClear={desk.clearSelection}
          onDone={(result) => {
            desk.say(result.failed.length ? 'error' : 'ok', t('bulk.done', { updated: result.updated.length, failed: result.failed.length }));
            if (result.failed.length === 0) desk.clearSelection();
            queue.reload();
          }}
        />
      )}
      <QueuePager total={queue.data?.total ?? null} page={desk.page} loading={queue.loading} onPage={desk.goToPage} />
      <IndicatorsModal reports={reports} base={base} onPickArea={showArea} />
      <LedgerModal
        reports={reports}
        onDone={(fileName) => {
          reports.setOpen(null);
          desk.say('ok', t('ledger.done', { name: fileName }));
        }}
      />
    </Box>
  );
}
