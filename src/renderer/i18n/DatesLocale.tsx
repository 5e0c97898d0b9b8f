// Date pickers speak the UI's language: dayjs's zh-cn for 中文 (Monday first, as the
// office calendar is read), its default English otherwise.
import { DatesProvider } from '@mantine/dates';
import 'dayjs/locale/zh-cn';
import type { ReactNode } from 'react';
import { useLocale } from './LocaleProvider';

export function DatesLocale({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  return <DatesProvider settings={{ locale: locale === 'zh-CN' ? 'zh-cn' : 'en', firstDayOfWeek: 1, consistentWeeks: true }}>{children}</DatesProvider>;
}
