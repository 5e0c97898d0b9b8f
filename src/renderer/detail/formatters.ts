// Dates and numbers as the chosen language writes them.
import type { Locale } from '../i18n/locales';

/** Timestamps are epoch milliseconds; a value that small can only be seconds. */
function toMillis(value: number): number {
  return value < 1e11 ? value * 1000 : value;
}

export function formatDateTime(value: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false }).format(toMillis(value));
}

/** The UI's one number formatter, re-exported where the detail views look for it. */
export { formatNumber } from '../i18n/formatNumber';
