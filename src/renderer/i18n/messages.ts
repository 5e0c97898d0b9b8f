// Typed message keys and placeholder parameters, derived from the zh-CN catalog.
import { zhCN } from './zh-CN';

export type Catalog = typeof zhCN;
export type MessageKey = keyof Catalog;
/** A full catalog: every key of the default catalog, any wording. */
export type Messages = { readonly [K in MessageKey]: string };

/** Names of the {placeholders} in a message string, e.g. "{count} 户" → "count". */
type Placeholders<S extends string> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | Placeholders<Rest> : never;

export type MessageParams<K extends MessageKey> = Record<Placeholders<Catalog[K]>, string | number>;

/** `t('key')` for messages without placeholders, `t('key', { count })` for the others. */
export type ParamArgs<K extends MessageKey> = [Placeholders<Catalog[K]>] extends [never] ? [] : [params: MessageParams<K>];

export function placeholdersOf(message: string): string[] {
  return Array.from(message.matchAll(/\{(\w+)\}/g), (m) => m[1] ?? '').sort();
}

/** Keys whose message has no placeholders: safe to pass around as plain labels. */
export type PlainMessageKey = { [K in MessageKey]: ParamArgs<K> extends [] ? K : never }[MessageKey];
