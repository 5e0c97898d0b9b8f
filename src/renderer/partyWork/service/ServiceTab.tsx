// 双报到: registered members with their service hours this year, and the 双报告 of each unit
// (its members' service), exported to Excel by the core; PDF through the browser's print of
// the report shown (the briefing prints the same way).
import { Badge, Box, Button, Group, Modal, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { api } from '../../api/api';
import { errorMessage } from '../../api/errorMessage';
import { useApiQuery } from '../../api/useApiQuery';
import { downloadFile } from '../../dispatch/ledger/download';
import { useLocale } from '../../i18n/LocaleProvider';
import { officeNow } from '../../session/officeClock';
import type { PartyTabContext } from '../PartyWorkspace';
import { useServiceChanged } from '../wishes/useServiceChanged';
import { DualReportRegisterModal, ServiceRecordModal } from './ServiceForms';

const chinaDate = (ms: number) => new Date(ms + 8 * 3600_000).toISOString().slice(0, 10);

export function ServiceTab({ user }: PartyTabContext) {
  const { t, num } = useLocale();
  const changed = useServiceChanged();
  const now = officeNow();
  const to = chinaDate(now + 86_400_000);
  const from = `${chinaDate(now).slice(0, 4)}-01-01`;
  const regs = useApiQuery('dualReport.list', { from, to, limit: 200 }, changed);
  const units = useApiQuery('unitReport.list', { from, to }, changed);
  const [unit, setUnit] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [form, setForm] = useState<'register' | 'record' | null>(null);
  // The core allows 双报到 and service writes to administrators and community accounts (their community).
  const mayWrite = user.role === 'admin' || user.role === 'community';
  const mayExport = user.role === 'admin' || user.role === 'community' || user.role === 'leader';
  const exportUnit = async (unitOrgId?: number) => {
    setProblem(null);
    try {
      downloadFile(await api.call('unitReport.export', { from, to, ...(unitOrgId === undefined ? {} : { unitOrgId }) }));
    } catch (e) {
      setProblem(errorMessage(e, t));
    }
  };
  return (
    <Box p="sm" data-testid="party-service">
      <Group mb="xs">
        <Text fw={600}>{t('service.registered')}</Text>
        {regs.status === 'ok' && (
          <Badge variant="light" data-testid="service-rate">
            {t('service.rate', { rate: regs.data.employed > 0 ? `${num(Math.round((1000 * regs.data.registered) / regs.data.employed) / 10)}%` : '—', employed: num(regs.data.employed) })}
          </Badge>
        )}
        <Text size="sm" c="dimmed" ml="auto">
          {t('service.period')} {t('service.report.period', { from, to: chinaDate(now) })}
        </Text>
        {mayWrite && (
          <>
            <Button size="xs" onClick={() => setForm('register')} data-testid="service-register-open">
              {t('service.action.register')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setForm('record')} disabled={regs.status !== 'ok'} data-testid="service-record-open">
              {t('service.action.record')}
            </Button>
          </>
        )}
      </Group>
      <DualReportRegisterModal opened={form === 'register'} onClose={() => setForm(null)} today={now} />
      <ServiceRecordModal opened={form === 'record'} onClose={() => setForm(null)} today={now} rows={regs.status === 'ok' ? regs.data.rows : []} />
      {problem && <Text c="red">{problem}</Text>}
      <Box style={{ maxHeight: 330, overflow: 'auto' }}>
        <Table striped verticalSpacing={3} fz="sm" data-testid="service-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('service.col.member')}</Table.Th>
              <Table.Th>{t('service.col.community')}</Table.Th>
              <Table.Th>{t('service.col.employer')}</Table.Th>
              <Table.Th>{t('service.col.registeredOn')}</Table.Th>
              <Table.Th>{t('service.col.pledge')}</Table.Th>
              <Table.Th ta="right">{t('service.col.services')}</Table.Th>
              <Table.Th ta="right">{t('service.col.hours')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {regs.status === 'ok' &&
              regs.data.rows.map((r) => (
                <Table.Tr key={r.registrationId}>
                  <Table.Td>{r.memberName ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.communityName}</Table.Td>
                  <Table.Td>{r.employer}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{r.registeredOn}</Table.Td>
                  <Table.Td>{r.pledge}</Table.Td>
                  <Table.Td ta="right">{num(r.services)}</Table.Td>
                  <Table.Td ta="right">{num(r.hours)}</Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      </Box>
      <Group mt="md" mb="xs">
        <Text fw={600}>{t('service.units')}</Text>
        {mayExport && (
          <Button size="xs" variant="default" ml="auto" onClick={() => void exportUnit()} data-testid="service-export-all">
            {t('service.exportAll')}
          </Button>
        )}
      </Group>
      <Table striped highlightOnHover verticalSpacing={3} fz="sm" data-testid="unit-table">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('service.unit.col.name')}</Table.Th>
            <Table.Th ta="right">{t('service.unit.col.employed')}</Table.Th>
            <Table.Th ta="right">{t('service.unit.col.registered')}</Table.Th>
            <Table.Th ta="right">{t('service.col.services')}</Table.Th>
            <Table.Th ta="right">{t('service.unit.col.hours')}</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.status === 'ok' &&
            units.data.map((u) => (
              <Table.Tr key={u.unitOrgId} style={{ cursor: 'pointer' }} onClick={() => setUnit(u.unitOrgId)}>
                <Table.Td>{u.unitName}</Table.Td>
                <Table.Td ta="right">{num(u.employed)}</Table.Td>
                <Table.Td ta="right">{num(u.registered)}</Table.Td>
                <Table.Td ta="right">{num(u.services)}</Table.Td>
                <Table.Td ta="right">{num(u.hours)}</Table.Td>
                <Table.Td>
                  {mayExport && (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={(e) => {
                        e.stopPropagation();
                        void exportUnit(u.unitOrgId);
                      }}
                    >
                      {t('service.export')}
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {unit !== null && <UnitReportModal unitOrgId={unit} from={from} to={to} onClose={() => setUnit(null)} />}
    </Box>
  );
}

/** The 双报告 of one unit as a printable page: the browser's print (or Electron's) makes the PDF. */
function UnitReportModal({ unitOrgId, from, to, onClose }: { unitOrgId: number; from: string; to: string; onClose: () => void }) {
  const { t, num } = useLocale();
  const r = useApiQuery('unitReport.detail', { unitOrgId, from, to });
  return (
    <Modal opened onClose={onClose} size="xl" title={r.status === 'ok' ? t('service.report.title', { unit: r.data.unitName }) : ''} data-testid="unit-report">
      {r.status === 'ok' && (
        <Box className="unit-report-print">
          <Title order={4}>{t('service.report.title', { unit: r.data.unitName })}</Title>
          <Text size="sm" c="dimmed" mb="xs">
            {t('service.report.period', { from: r.data.from, to: r.data.to })} · {t('service.unit.col.employed')} {num(r.data.employed)} · {t('service.unit.col.registered')} {num(r.data.registered)} · {t('service.col.hours')} {num(r.data.hours)}
          </Text>
          <Group gap="lg" mb="xs">
            {(['wish', 'need', 'activity', 'other'] as const).map((k) => (
              <Text key={k} size="sm">
                {t(`service.kind.${k}`)} {num(r.data.byKind[k].services)} / {num(r.data.byKind[k].hours)}h
              </Text>
            ))}
          </Group>
          <Table striped verticalSpacing={2} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('service.col.member')}</Table.Th>
                <Table.Th>{t('service.col.community')}</Table.Th>
                <Table.Th>{t('service.col.registeredOn')}</Table.Th>
                <Table.Th ta="right">{t('service.col.services')}</Table.Th>
                <Table.Th ta="right">{t('service.col.hours')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {r.data.members.map((m) => (
                <Table.Tr key={m.memberId}>
                  <Table.Td>{m.memberName ?? '—'}</Table.Td>
                  <Table.Td>{m.communityName}</Table.Td>
                  <Table.Td>{m.registeredOn}</Table.Td>
                  <Table.Td ta="right">{num(m.services)}</Table.Td>
                  <Table.Td ta="right">{num(m.hours)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Group justify="flex-end" mt="sm">
            <Button size="xs" variant="default" onClick={() => window.print()} data-testid="unit-report-print">
              {t('service.print')}
            </Button>
          </Group>
        </Box>
      )}
    </Modal>
  );
}
