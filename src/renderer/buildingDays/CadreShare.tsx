// A cadre's share (分片包干) under their row: the buildings they hold, grouped by grid, each
// with its last visit by this cadre.
import { Group, Stack, Text } from '@mantine/core';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';

export function CadreShare({ cadreId, reload }: { cadreId: number; reload: number }) {
  const t = useT();
  const share = useApiQuery('buildingDay.share', { cadreId }, reload);
  if (share.status !== 'ok') return null;
  if (share.data.length === 0) return <Text size="sm" c="dimmed">{t('buildingDay.share.none')}</Text>;
  const byGrid = new Map<string, typeof share.data>();
  for (const b of share.data) byGrid.set(b.gridName, [...(byGrid.get(b.gridName) ?? []), b]);
  return (
    <Stack gap={2} data-testid={`cadre-share-${cadreId}`}>
      {[...byGrid].map(([grid, list]) => (
        <Group key={grid} gap={6} wrap="wrap" align="baseline">
          <Text size="sm" fw={600} style={{ flex: 'none' }}>
            {t('buildingDay.share.grid', { grid, n: t.num(list.length) })}
          </Text>
          <Text size="sm">{list.map((b) => `${b.buildingName}${b.lastVisitOn ? `（${b.lastVisitOn}）` : ''}`).join('、')}</Text>
        </Group>
      ))}
    </Stack>
  );
}
