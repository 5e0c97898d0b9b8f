// Numbers of a thematic metric as the legend, the table and the tooltip write them: the
// metric's own decimals, grouped digits, in the UI language.
import { METRIC_DECIMALS, type ThematicMetric } from '../../../shared/thematic';
import type { Locale } from '../../i18n/locales';

export function formatMetricNumber(value: number, metric: ThematicMetric, locale: Locale): string {
  const d = METRIC_DECIMALS[metric];
  return new Intl.NumberFormat(locale, { minimumFractionDigits: d, maximumFractionDigits: d }).format(value);
}

export function formatShare(part: number, whole: number, locale: Locale): string {
  if (whole <= 0) return '—';
  return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(part / whole);
}
