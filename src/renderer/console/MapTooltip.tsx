// The small card that follows the pointer over an interactive map feature.
import { Paper, Text } from '@mantine/core';
import { useLocale } from '../i18n/LocaleProvider';
import type { MapHit } from '../map/mapHit';
import { hitSummary } from './hitSummary';

export function MapTooltip({ hit }: { hit: MapHit }) {
  const { t, tOpen, locale } = useLocale();
  const s = hitSummary(hit, t, tOpen, locale);
  return (
    <Paper shadow="sm" px={8} py={5} radius="sm" withBorder style={{ maxWidth: 280, borderColor: s.tone === 'warn' ? '#f76707' : undefined }}>
      <Text fz="sm" fw={600} lh={1.35}>
        {s.title}
      </Text>
      {s.lines.map((line) => (
        <Text key={line} fz="xs" c={s.tone === 'warn' ? 'orange.8' : 'dimmed'} lh={1.35}>
          {line}
        </Text>
      ))}
    </Paper>
  );
}
