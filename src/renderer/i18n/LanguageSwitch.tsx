// 中文 / English switch, shown on the unlock screen and in the console header.
import { SegmentedControl } from '@mantine/core';
import { useLocale } from './LocaleProvider';
import { isLocale, LOCALES } from './locales';

export function LanguageSwitch({ onDark = false }: { onDark?: boolean }) {
  const { locale, setLocale, t } = useLocale();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('lang.label')}
      data-testid="language-switch"
      value={locale}
      onChange={(value) => isLocale(value) && setLocale(value)}
      // Each language named in itself (中文 | English), marked as such for readers and checks.
      data={LOCALES.map((l) => ({ value: l, label: <span lang={l}>{t(`lang.${l}`)}</span> }))}
      styles={onDark ? { root: { background: 'rgba(255,255,255,0.14)' }, label: { color: '#dbe6f7' }, indicator: { background: '#ffffff' } } : undefined}
      classNames={onDark ? { label: 'language-switch-dark-label' } : undefined}
    />
  );
}
