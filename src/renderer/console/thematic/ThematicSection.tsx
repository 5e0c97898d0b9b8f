// The layer panel's 专题图 section: the period shared by the period figures (cases per
// 1,000 residents, the heat map), the grid metric with its legend, the case heat map and
// the 15-minute service circles.
import { Group, Loader, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { THEMATIC_METRICS, type ThematicMetric } from '../../../shared/vocab/thematic';
import { useT } from '../../i18n/LocaleProvider';
import { CoverageControls } from './CoverageControls';
import { HeatControls } from './HeatControls';
import { ThematicLegend } from './ThematicLegend';
import { THEMATIC_PERIODS, thematicPeriodDays, type ThematicPeriodPreset } from './thematicPeriod';
import type { Thematic } from './useThematic';

const NONE = 'none';

export function ThematicSection({ thematic, onPickGrid }: { thematic: Thematic; onPickGrid: (gridId: number) => void }) {
  const t = useT();
  const { choice, update, grids, gridsData, layer, period } = thematic;
  const [first, last] = thematicPeriodDays(period);
  return (
    <Stack gap={10} data-testid="thematic-section" data-from={period.from} data-to={period.to}>
      <Stack gap={4}>
        <Group justify="space-between" wrap="nowrap">
          <Text fz="xs" c="gray.7">
            {t('thematic.period.label')}
          </Text>
          <Text fz={11} c="dimmed" className="tabular" data-testid="thematic-period-days">
            {t('thematic.period.range', { first, last })}
          </Text>
        </Group>
        <SegmentedControl<ThematicPeriodPreset>
          size="xs"
          fullWidth
          value={choice.period}
          onChange={(p) => update({ period: p })}
          data={THEMATIC_PERIODS.map((p) => ({ value: p, label: t(`thematic.period.${p}`) }))}
          aria-label={t('thematic.period.label')}
          data-testid="thematic-period"
        />
      </Stack>
      <Stack gap={6}>
        <Select
          size="xs"
          label={t('thematic.metric.label')}
          data={[{ value: NONE, label: t('thematic.metric.none') }, ...THEMATIC_METRICS.map((m) => ({ value: m, label: t(`thematic.metric.${m}`) }))]}
          value={choice.metric ?? NONE}
          onChange={(v) => update({ metric: v === null || v === NONE ? null : (v as ThematicMetric) })}
          allowDeselect={false}
          rightSection={grids?.status === 'loading' ? <Loader size={12} /> : undefined}
          comboboxProps={{ withinPortal: true }}
          data-testid="thematic-metric"
        />
        {grids?.status === 'error' && (
          <Text fz="xs" c="red">
            {t('thematic.failed')}
          </Text>
        )}
        {layer && gridsData && <ThematicLegend layer={layer} period={gridsData.period} at={gridsData.at} />}
      </Stack>
      <HeatControls thematic={thematic} />
      <CoverageControls thematic={thematic} onPickGrid={onPickGrid} />
    </Stack>
  );
}
