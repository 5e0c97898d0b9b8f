// Basemap controls: grid colours and names on or off, and which colour is which community.
import { Group, Stack, Switch, Text } from '@mantine/core';
import type { MapBase } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { BASE_COLORS, COMMUNITY_PALETTE } from '../map/palette';
import { Swatch } from './Swatch';

interface Props {
  base: MapBase | null;
  gridsVisible: boolean;
  labelsVisible: boolean;
  /** A thematic map colours the grids now: the community colours and their switch step aside. */
  gridColorsReplaced: boolean;
  onGrids: (on: boolean) => void;
  onLabels: (on: boolean) => void;
}

export function BaseLayerSection({ base, gridsVisible, labelsVisible, gridColorsReplaced, onGrids, onLabels }: Props) {
  const t = useT();
  const communities = base?.communities.features.map((f) => f.properties) ?? [];
  return (
    <Stack gap={8}>
      <Switch
        size="sm"
        checked={gridsVisible}
        disabled={gridColorsReplaced}
        onChange={(e) => onGrids(e.currentTarget.checked)}
        label={t('base.grids')}
        description={gridColorsReplaced ? t('base.gridsThematic') : undefined}
        data-testid="base-toggle-grids"
      />
      <Switch size="sm" checked={labelsVisible} onChange={(e) => onLabels(e.currentTarget.checked)} label={t('base.labels')} data-testid="base-toggle-labels" />
      {gridsVisible && !gridColorsReplaced && communities.length > 0 && (
        <Stack gap={3} pl={4} data-testid="legend-communities">
          {communities.map((c) => (
            <Group key={c.id} gap={6} wrap="nowrap">
              <Swatch shape="square" color={COMMUNITY_PALETTE[c.colorIndex % COMMUNITY_PALETTE.length] ?? COMMUNITY_PALETTE[0]} />
              <Text fz="xs" c="gray.7" lh={1.3}>
                {c.name}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
      <Group gap="md" pl={4}>
        <Group gap={6} wrap="nowrap">
          <Swatch shape="dash" color={BASE_COLORS.streetBoundary} />
          <Text fz="xs" c="gray.7">
            {base?.street.name ?? ''}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <Swatch shape="line" color={BASE_COLORS.communityOutline} />
          <Text fz="xs" c="gray.7">
            {t('legend.communityBoundary')}
          </Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <Swatch shape="dash" color={BASE_COLORS.gridOutline} />
          <Text fz="xs" c="gray.7">
            {t('legend.gridBoundary')}
          </Text>
        </Group>
      </Group>
    </Stack>
  );
}
