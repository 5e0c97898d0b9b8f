// The pure translation function behind `t()`: look a key up, fill its {placeholders}.
import { catalogs, type Locale } from './locales';
import type { MessageKey, ParamArgs } from './messages';

export type Translate = <K extends MessageKey>(key: K, ...params: ParamArgs<K>) => string;

export function interpolate(message: string, params: Readonly<Record<string, string | number>> | undefined): string {
  if (!params) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

export function makeTranslate(locale: Locale): Translate {
  const catalog = catalogs[locale];
  return (key, ...params) => interpolate(catalog[key], params[0]);
}

/**
 * For keys built from values the server sends (job stages, case event kinds): those are
 * open strings, so a key may be missing; fall back to the raw value rather than a key.
 */
export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogs['zh-CN'], key);
}
