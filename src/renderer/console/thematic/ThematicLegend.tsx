// The choropleth's legend: the metric and its unit, one row per class (colour, range,
// grids in it), grids without a value, and a footnote with the definition, the class
// method and the period or moment the figures hold for.
import { Group, Stack, Text } from '@mantine/core';
import type { ThematicLayer, ThematicPeriod } from '../../../shared/thematic';
import { PERIOD_METRICS } from '../../../shared/vocab/thematic';
import { chinaDate } from '../../dispatch/period/period';
import { useLocale } from '../../i18n/LocaleProvider';
import { THEMATIC_NO_DATA } from '../../map/palette';
import { Swatch } from '../Swatch';
import { formatMetricNumber } from './formatMetric';
import { legendClasses } from './legendClasses';
import { thematicPeriodDays } from './thematicPeriod';

interface Props {
  layer: ThematicLayer;
  period: ThematicPeriod;
  at: number;
}

function chinaTime(ms: number): string {
  const d = new Date(ms + 8 * 3_600_000);
  return `${chinaDate(ms)} ${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}`;
}

export function ThematicLegend({ layer, period, at }: Props) {
  const { t, locale } = useLocale();
  const { metric } = layer;
  const fmt = (v: number) => formatMetricNumber(v, metric, locale);
  const classes = legendClasses(layer);
  const snapshot = metric === 'openCases' || metric === 'overdueCases';
  const [first, last] = thematicPeriodDays(period);
  return (
    <Stack gap={4} data-testid="thematic-legend" data-metric={metric}>
      <Text fz="xs" fw={600} c="gray.8">
        {t('thematic.legend.title', { metric: t(`thematic.metric.${metric}`), unit: t(`thematic.unit.${metric}`) })}
      </Text>
      {classes.map((c) => (
        <Group key={`${c.low}-${c.high}`} gap={8} wrap="nowrap" data-testid="thematic-legend-class">
          <Swatch shape="square" color={c.color} />
          <Text fz="xs" c="gray.8" className="tabular" style={{ flex: 1 }}>
            {c.low === c.high ? fmt(c.low) : `${fmt(c.low)} – ${fmt(c.high)}`}
          </Text>
          <Text fz="xs" c="dimmed" className="tabular">
            {t('thematic.legend.grids', { count: c.count })}
          </Text>
        </Group>
      ))}
      {layer.noData > 0 && (
        <Group gap={8} wrap="nowrap" data-testid="thematic-legend-nodata">
          <Swatch shape="square" color={THEMATIC_NO_DATA} />
          <Text fz="xs" c="gray.8" style={{ flex: 1 }}>
            {t('thematic.legend.noData')}
          </Text>
          <Text fz="xs" c="dimmed" className="tabular">
            {t('thematic.legend.grids', { count: layer.noData })}
          </Text>
        </Group>
      )}
      <Stack gap={2} data-testid="thematic-footnote">
        {[
          t(`thematic.definition.${metric}`),
          classes.length > 1 ? t('thematic.legend.method') : t('thematic.legend.single'),
          PERIOD_METRICS.includes(metric) ? t('thematic.legend.period', { first, last }) : snapshot ? t('thematic.legend.asOf', { time: chinaTime(at) }) : null,
        ]
          .filter((line): line is string => line !== null)
          .map((line) => (
            <Text key={line} fz={11} c="dimmed" lh={1.45}>
              {line}
            </Text>
          ))}
        {/* The map fades what competes with the grid colours (describeMap's `muted`): said here, not left to be noticed. */}
        <Text fz={11} c="gray.7" lh={1.45} data-testid="thematic-muted-note">
          {t('thematic.legend.muted')}
        </Text>
      </Stack>
    </Stack>
  );
}
