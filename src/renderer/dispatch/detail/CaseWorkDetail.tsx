// The open case on the desk: its state and clock at the top, the actions the core allows,
// then the facts (handler, co-departments, extension, reporter, photos) and the timeline.
import type { RecordedCaseDetail } from '../../../shared/cases';
import { gridLabel } from '../../../shared/gridLabel';
import { Alert, Badge, Box, CloseButton, Group, Loader, ScrollArea, Stack, Text } from '@mantine/core';
import type { LngLat } from '../../../shared/views';
import { errorMessage } from '../../api/errorMessage';
import { formatDateTime } from '../../detail/formatters';
import { InfoTable, type InfoRow } from '../../detail/parts/InfoTable';
import { LightDot } from '../../detail/parts/LightDot';
import { Section } from '../../detail/parts/Section';
import { useLocale } from '../../i18n/LocaleProvider';
import { categoryLabel, DataField } from '../../i18n/Vocabulary';
import { consoleColors } from '../../theme/consoleColors';
import { CaseActions } from '../actions/CaseActions';
import { dueInfo, formatDue } from '../queue/dueText';
import { statusColor } from '../statusColor';
import type { CaseDetailState } from './useCaseDetail';
import { useNow } from '../useNow';
import { CasePhotos } from './CasePhotos';
import { CaseTimeline } from './CaseTimeline';
import { LocateButton } from '../../detail/parts/LocateButton';

interface Props {
  state: CaseDetailState;
  onDone: (updated: RecordedCaseDetail) => void;
  onClose: () => void;
  onLocate: (center: LngLat) => void;
  onOpenCase: (id: number) => void;
}

export function CaseWorkDetail({ state, onDone, onClose, onLocate, onOpenCase }: Props) {
  const { t } = useLocale();
  const c = state.detail;
  return (
    <Box data-testid="case-pane" data-case-id={c?.id} data-status={c?.status} data-loaded={c ? 'true' : 'false'} style={{ display: 'flex', flexDirection: 'column', height: '100%', minHeight: 0 }}>
      <Group gap={8} px="md" py={10} wrap="nowrap" align="flex-start" style={{ borderBottom: `1px solid ${consoleColors.panelBorder}` }}>
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <Badge size="sm" variant="filled" style={{ flex: 'none' }}>
              {t('detail.kind.case')}
            </Badge>
            <Text fw={700} fz="lg" lh={1.3} ff="monospace" truncate data-testid="case-pane-code">
              {c?.code ?? ''}
            </Text>
          </Group>
          {c && (
            <Group gap={6}>
              <LightDot light={c.light} />
              <Badge color={statusColor(c.status)} variant="filled" data-testid="case-pane-status">
                {t(`caseStatus.${c.status}`)}
              </Badge>
              {c.supervised && (
                <Badge color="violet" variant="filled" data-testid="case-pane-supervised">
                  {t('detail.supervised')}
                </Badge>
              )}
              {c.reworkCount > 0 && (
                <Badge color="orange" variant="light">
                  {t('detail.reworkBadge', { count: c.reworkCount })}
                </Badge>
              )}
            </Group>
          )}
        </Stack>
        {c && <LocateButton onClick={() => onLocate(c.center)} testId="case-pane-locate" />}
        <CloseButton onClick={onClose} aria-label={t('common.close')} data-testid="case-pane-close" mt={2} />
      </Group>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Box p="md">
          {!c && state.loading && (
            <Group gap="sm">
              <Loader size="sm" />
              <Text fz="sm" c="dimmed">
                {t('common.loading')}
              </Text>
            </Group>
          )}
          {!c && state.error !== null && (
            <Alert color="red" title={t('detail.loadFailed')}>
              {errorMessage(state.error, t)}
            </Alert>
          )}
          {c && <CaseBody c={c} onDone={onDone} onOpenCase={onOpenCase} />}
        </Box>
      </ScrollArea>
    </Box>
  );
}

function CaseBody({ c, onDone, onOpenCase }: { c: RecordedCaseDetail; onDone: (updated: RecordedCaseDetail) => void; onOpenCase: (id: number) => void }) {
  const { t, tOpen, locale } = useLocale();
  const now = useNow();
  const due = dueInfo(c, now);
  const rows: InfoRow[] = [
    { label: t('detail.caseCategory'), value: `${t(`caseClass.${c.caseClass}`)} · ${categoryLabel(tOpen, c.categoryCode, c.categoryName)} · ${categoryLabel(tOpen, c.subcategoryCode, c.subcategoryName)}` },
    { label: t('detail.source'), value: t(`caseSource.${c.source}`) },
    { label: t('detail.address'), value: <DataField>{c.address}</DataField> },
    { label: t('detail.grid'), value: <DataField>{gridLabel(c.grid)}</DataField> },
    { label: t('detail.assignee'), value: c.assignee === null ? t('common.none') : <DataField>{c.assignee}</DataField>, testId: 'case-assignee' },
    {
      label: t('detail.coDepartments'),
      value: c.coDepartments.length ? <DataField>{c.coDepartments.map((d) => d.name).join(t('caseNote.listSeparator'))}</DataField> : t('common.none'),
    },
    { label: t('detail.reportedAt'), value: formatDateTime(c.reportedAt, locale) },
    { label: t('detail.dispatchedAt'), value: c.dispatchedAt === null ? '—' : formatDateTime(c.dispatchedAt, locale) },
    {
      label: t('detail.dueAt'),
      testId: 'case-due',
      value:
        c.dueAt === null ? (
          '—'
        ) : (
          <span>
            {formatDateTime(c.dueAt, locale)}
            <Text span fz="xs" ml={6} fw={600} c={due.kind === 'overdue' || due.kind === 'closedLate' ? 'red.8' : c.light === 'yellow' ? 'orange.8' : 'teal.8'}>
              {formatDue(due, t)}
            </Text>
          </span>
        ),
    },
    ...(c.closedAt !== null ? [{ label: t('detail.closedAt'), value: formatDateTime(c.closedAt, locale) }] : []),
    ...(c.reporterName || c.reporterPhone ? [{ label: t('detail.reporter'), value: <DataField>{[c.reporterName, c.reporterPhone].filter(Boolean).join(' · ')}</DataField> }] : []),
    ...(c.satisfaction !== null ? [{ label: t('detail.satisfaction'), value: t('detail.satisfactionValue', { value: c.satisfaction }), testId: 'case-satisfaction' }] : []),
  ];

  return (
    <Stack gap="md">
      <Text fz="sm" style={{ whiteSpace: 'pre-wrap' }} data-testid="case-description" data-field="">
        {c.description}
      </Text>
      <Section title={t('detail.actions')}>
        <CaseActions detail={c} onDone={onDone} />
      </Section>
      {c.extension && (
        <Alert color="orange" p={8} title={t('detail.extensionPending')} data-testid="case-extension">
          <Text fz="sm">
            {t('detail.extensionValue', { amount: c.extension.amount, unit: t(`workUnit.${c.extension.unit}`) })} · <DataField>{c.extension.note}</DataField>
          </Text>
          <Text fz="xs" c="dimmed">
            <DataField>{c.extension.requestedBy}</DataField> · {formatDateTime(c.extension.requestedAt, locale)}
          </Text>
        </Alert>
      )}
      <InfoTable rows={rows} />
      {c.mergedCases.length > 0 && (
        <Section title={t('detail.mergedCases', { count: c.mergedCases.length })}>
          <Group gap={6}>
            {c.mergedCases.map((m) => (
              <Badge key={m.id} variant="outline" style={{ cursor: 'pointer' }} onClick={() => onOpenCase(m.id)}>
                {m.code}
              </Badge>
            ))}
          </Group>
        </Section>
      )}
      {c.attachments.length > 0 && (
        <Section title={t('detail.photos', { count: c.attachments.length })}>
          <CasePhotos detail={c} />
        </Section>
      )}
      <Section title={t('detail.timeline', { count: c.events.length })}>
        <CaseTimeline events={c.events} />
      </Section>
    </Stack>
  );
}
