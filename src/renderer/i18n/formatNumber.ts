// The one way the UI writes numbers: grouped digits (39,105) in the active language,
// a fixed number of decimals when asked, shares as percentages and signed changes with a
// true minus sign. Panels, the wall, the briefing, map labels and legends all come here,
// and `t()` formats every number it fills into a message the same way.
import type { Locale } from './locales';

const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions, key: string): Intl.NumberFormat {
  const id = `${locale}|${key}`;
  let format = cache.get(id);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    cache.set(id, format);
  }
  return format;
}

/** Grouped digits; `digits` fixes the decimals (default: whole numbers stay whole, others keep up to 3). */
export function formatNumber(value: number, locale: Locale, digits?: number): string {
  if (digits === undefined) return numberFormat(locale, { maximumFractionDigits: 3 }, 'n').format(value);
  return numberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }, `d${digits}`).format(value);
}

/** A share (0.894) as a percentage ('89.4%'). */
export function formatPercent(ratio: number, locale: Locale, digits = 1): string {
  return numberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }, `p${digits}`).format(ratio);
}

/** A change with its sign: '+1,234', '−12.5'; zero has none. */
export function formatSigned(value: number, locale: Locale, digits?: number): string {
  const abs = formatNumber(Math.abs(value), locale, digits);
  if (Number(abs.replace(/[^\d.]/g, '')) === 0) return abs;
  return `${value < 0 ? '−' : '+'}${abs}`;
}

/** The formatters bound to one language, as components get them from `useLocale().num`. */
export interface NumberFormatter {
  (value: number, digits?: number): string;
  percent: (ratio: number, digits?: number) => string;
  signed: (value: number, digits?: number) => string;
}

export function numberFormatter(locale: Locale): NumberFormatter {
  const format = (value: number, digits?: number) => formatNumber(value, locale, digits);
  return Object.assign(format, {
    percent: (ratio: number, digits?: number) => formatPercent(ratio, locale, digits),
    signed: (value: number, digits?: number) => formatSigned(value, locale, digits),
  });
}
