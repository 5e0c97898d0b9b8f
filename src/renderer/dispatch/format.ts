// Compact date forms for the dense queue: "03-10 14:20" this year, "2025-12-30" before.
import type { Locale } from '../i18n/locales';
import { officeNow } from '../session/officeClock';

export function formatShortDateTime(value: number, locale: Locale, now = officeNow()): string {
  const date = new Date(value);
  const sameYear = date.getFullYear() === new Date(now).getFullYear();
  if (!sameYear) return new Intl.DateTimeFormat(locale === 'zh-CN' ? 'sv-SE' : locale, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
