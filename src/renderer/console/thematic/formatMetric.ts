// Numbers of a thematic metric as the legend, the table and the tooltip write them: the
// metric's own decimals, grouped digits, in the UI language.
import { METRIC_DECIMALS, type ThematicMetric } from '../../../shared/vocab/thematic';
import { formatNumber, formatPercent } from '../../i18n/formatNumber';
import type { Locale } from '../../i18n/locales';

export function formatMetricNumber(value: number, metric: ThematicMetric, locale: Locale): string {
  return formatNumber(value, locale, METRIC_DECIMALS[metric]);
}

export function formatShare(part: number, whole: number, locale: Locale): string {
  if (whole <= 0) return '—';
  return formatPercent(part / whole, locale);
}
