// The right-hand drawer with the details of whatever was clicked or searched. It stays
// beside the map (not modal) so the dispatcher can keep working on the map.
import { ActionIcon, Alert, Badge, Box, CloseButton, Group, Loader, ScrollArea, Stack, Text, Tooltip } from '@mantine/core';
import { useMemo, useRef } from 'react';
import type { FeatureDetail, LngLat } from '../../shared/views';
import { accessErrorMessage } from './reveal/accessError';
import { useApiQuery } from '../api/useApiQuery';
import { useLocale } from '../i18n/LocaleProvider';
import { DataField } from '../i18n/Vocabulary';
import { consoleColors } from '../theme/consoleColors';
import { DetailBody } from './DetailBody';
import { DETAIL_METHODS } from './detailMethods';
import { DetailNavContext, type DetailNav } from './DetailNav';
import type { DetailRef } from './detailRef';
import { detailTitle } from './detailTitle';
import { LocateButton } from './parts/LocateButton';
import { useRegisterChanged } from '../registers/useRegisterChanged';

interface Props {
  current: DetailRef;
  canGoBack: boolean;
  onBack: () => void;
  onClose: () => void;
  onOpen: (ref: DetailRef) => void;
  onLocate: (center: LngLat) => void;
  onHandleCase?: (caseId: number, center: LngLat) => void;
}

export const DRAWER_WIDTH = 460;

export function DetailDrawer({ current, canGoBack, onBack, onClose, onOpen, onLocate, onHandleCase }: Props) {
  const { t, tOpen } = useLocale();
  // A register write anywhere reloads the open record; the last one stays shown meanwhile.
  const query = useApiQuery(DETAIL_METHODS[current.kind], { id: current.id }, useRegisterChanged());
  const last = useRef<FeatureDetail | null>(null);
  if (query.status === 'ok') last.current = query.data;
  const shown = last.current && last.current.kind === current.kind && last.current.id === current.id ? last.current : null;
  const detail: FeatureDetail | null = query.status === 'ok' ? query.data : query.status === 'loading' ? shown : null;
  const nav = useMemo<DetailNav>(() => ({ open: onOpen, locate: onLocate, ...(onHandleCase ? { handleCase: onHandleCase } : {}) }), [onOpen, onLocate, onHandleCase]);
  const heading = detail ? detailTitle(detail, tOpen) : null;
  // Names and addresses head every drawer but a case's, whose heading is worded by the UI.
  const asData = (text: string) => (detail?.kind === 'case' ? text : <DataField>{text}</DataField>);

  return (
    <Box
      data-testid="detail-drawer"
      data-kind={current.kind}
      data-id={current.id}
      data-loaded={detail ? 'true' : 'false'}
      style={{
        position: 'absolute',
        top: 0,
        right: 0,
        bottom: 0,
        width: DRAWER_WIDTH,
        background: consoleColors.panelBg,
        borderLeft: `1px solid ${consoleColors.panelBorder}`,
        boxShadow: '-6px 0 18px rgba(15,47,95,0.12)',
        display: 'flex',
        flexDirection: 'column',
        zIndex: 10,
      }}
    >
      <Group gap={8} px="md" py={10} wrap="nowrap" align="flex-start" style={{ borderBottom: `1px solid ${consoleColors.panelBorder}` }}>
        {canGoBack && (
          <Tooltip label={t('common.back')}>
            <ActionIcon variant="subtle" color="gray" onClick={onBack} aria-label={t('common.back')} data-testid="detail-back" mt={2}>
              <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true">
                <path d="M10 3 5 8l5 5" stroke="currentColor" strokeWidth="1.8" fill="none" strokeLinecap="round" strokeLinejoin="round" />
              </svg>
            </ActionIcon>
          </Tooltip>
        )}
        <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
          <Group gap={6} wrap="nowrap">
            <Badge size="sm" variant="filled" style={{ flex: 'none' }}>
              {t(`detail.kind.${current.kind}`)}
            </Badge>
            <Text fw={700} fz="lg" lh={1.3} truncate data-testid="detail-title">
              {asData(heading?.title ?? '')}
            </Text>
          </Group>
          <Text fz="xs" c="dimmed" truncate>
            {asData(heading?.subtitle ?? '')}
          </Text>
        </Stack>
        {detail && <LocateButton onClick={() => onLocate(detail.center)} testId="detail-locate" />}
        <CloseButton onClick={onClose} aria-label={t('common.close')} data-testid="detail-close" mt={2} />
      </Group>
      <ScrollArea style={{ flex: 1 }} type="auto">
        <Box p="md">
          {query.status === 'loading' && !detail && (
            <Group gap="sm">
              <Loader size="sm" />
              <Text fz="sm" c="dimmed">
                {t('common.loading')}
              </Text>
            </Group>
          )}
          {query.status === 'error' && (
            <Alert color="red" title={t('detail.loadFailed')}>
              {accessErrorMessage(query.error, t)}
            </Alert>
          )}
          {detail && (
            <DetailNavContext.Provider value={nav}>
              <DetailBody detail={detail} />
            </DetailNavContext.Provider>
          )}
        </Box>
      </ScrollArea>
    </Box>
  );
}
