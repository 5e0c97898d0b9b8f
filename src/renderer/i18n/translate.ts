// The pure translation function behind `t()`: look a key up, fill its {placeholders}.
import { formatNumber, numberFormatter, type NumberFormatter } from './formatNumber';
import { catalogs, type Locale } from './locales';
import type { MessageKey, ParamArgs } from './messages';

/** `t(key, params)`, `t.num` to write numbers outside a message the same way, and `t.locale` for words from other catalogs. */
export type Translate = (<K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string) & { readonly num: NumberFormatter; readonly locale: Locale };

/**
 * Fills {placeholders}. Numbers are written by `writeNumber` (grouped digits in the UI
 * language), so a count is never shown raw; identifiers that must not be grouped (years,
 * rule numbers) are passed as strings.
 */
export function interpolate(message: string, params: Readonly<Record<string, string | number>> | undefined, writeNumber: (n: number) => string = String): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? writeNumber(value) : value;
  });
}

export function makeTranslate(locale: Locale): Translate {
  const catalog = catalogs[locale];
  const writeNumber = (n: number) => formatNumber(n, locale);
  const t = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => interpolate(catalog[key], params[0], writeNumber);
  return Object.assign(t, { num: numberFormatter(locale), locale });
}

/**
 * For keys built from values the server sends (job stages, case event kinds): those are
 * open strings, so a key may be missing; fall back to the raw value rather than a key.
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogs['zh-CN'], key);
}
