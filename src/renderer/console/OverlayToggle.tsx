// One overlay's switch, with its loading state, feature count and (when on) its legend.
import { Badge, Group, Loader, Stack, Switch, Text } from '@mantine/core';
import type { OverlayKind } from '../../shared/domain';
import { useLocale } from '../i18n/LocaleProvider';
import { legendItems } from './legendItems';
import { LegendList } from './LegendList';
import type { OverlayStatus } from './useOverlays';

interface Props {
  kind: OverlayKind;
  on: boolean;
  status: OverlayStatus;
  count: number | null;
  onToggle: (kind: OverlayKind, on: boolean) => void;
}

/** Long vocabularies read better in one column. */
const ONE_COLUMN: ReadonlySet<OverlayKind> = new Set(['households', 'tenants', 'cases', 'partyOrgs']);

export function OverlayToggle({ kind, on, status, count, onToggle }: Props) {
  const { t, num } = useLocale();
  return (
    <Stack gap={6} py={6} style={{ borderBottom: '1px solid #f1f3f5' }}>
      <Group justify="space-between" wrap="nowrap">
        <Switch
          size="sm"
          checked={on}
          onChange={(e) => onToggle(kind, e.currentTarget.checked)}
          label={<Text fz="sm" fw={on ? 600 : 400}>{t(`overlay.${kind}`)}</Text>}
          data-testid={`overlay-toggle-${kind}`}
          data-status={status}
        />
        {on && status === 'loading' && <Loader size={14} aria-label={t('panel.loadingOverlay')} />}
        {on && status === 'error' && (
          <Text fz="xs" c="red">
            {t('panel.overlayFailed')}
          </Text>
        )}
        {on && status === 'ready' && count !== null && (
          <Badge size="sm" color="gray" variant="light" className="tabular">
            {num(count)}
          </Badge>
        )}
      </Group>
      {on && (
        <div style={{ paddingLeft: 4 }} data-testid={`legend-${kind}`}>
          <LegendList items={legendItems(kind)} columns={ONE_COLUMN.has(kind) ? 1 : 2} />
        </div>
      )}
    </Stack>
  );
}
