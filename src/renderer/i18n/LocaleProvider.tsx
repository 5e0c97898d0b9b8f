// Holds the current UI language (remembered per machine) and hands out `t()`.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { NumberFormatter } from './formatNumber';
import { catalogs, DEFAULT_LOCALE, isLocale, type Locale } from './locales';
import { isMessageKey, makeTranslate, type Translate } from './translate';

const STORAGE_KEY = 'streetops.locale';

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
  /** Translate `${prefix}.${value}` when the catalog knows it, else show `fallback` (default: the raw value). */
  tOpen: (prefix: string, value: string, fallback?: string) => string;
  /** Numbers in this language: `num(39105)` → '39,105', `num.percent(0.894)`, `num.signed(-12)`. */
  num: NumberFormatter;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be unavailable (privacy mode); the default language is fine then.
  }
  return DEFAULT_LOCALE;
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembering the choice is harmless.
    }
  }, []);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const value = useMemo<LocaleContextValue>(() => {
    const t = makeTranslate(locale);
    const catalog = catalogs[locale];
    const tOpen = (prefix: string, raw: string, fallback: string = raw) => {
      const key = `${prefix}.${raw}`;
      return isMessageKey(key) ? catalog[key] : fallback;
    };
    return { locale, setLocale, t, tOpen, num: t.num };
  }, [locale, setLocale]);

  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error('useLocale() outside <LocaleProvider>');
  return value;
}

export function useT(): Translate {
  return useLocale().t;
}
