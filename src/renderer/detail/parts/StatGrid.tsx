// Figures as small labelled numbers in a grid.
import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useLocale } from '../../i18n/LocaleProvider';
import { formatNumber } from '../formatters';

export interface Stat {
  label: string;
  value: number;
  tone?: 'alert';
  testId?: string;
}

export function StatGrid({ stats, cols = 3 }: { stats: Stat[]; cols?: number }) {
  const { locale } = useLocale();
  return (
    <SimpleGrid cols={cols} spacing={6} verticalSpacing={6}>
      {stats.map((s) => (
        <Paper key={s.label} withBorder px={8} py={4} radius="sm" data-testid={s.testId}>
          <Text fz="xs" c="dimmed" lh={1.3} truncate>
            {s.label}
          </Text>
          <Text fz="lg" fw={700} lh={1.3} className="tabular" c={s.tone === 'alert' && s.value > 0 ? 'red.7' : undefined}>
            {formatNumber(s.value, locale)}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
