// A compact list of legend swatches with their labels.
import { Group, SimpleGrid, Text } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';
import type { LegendItem } from './legendItems';
import { Swatch } from './Swatch';

export function LegendList({ items, columns = 2 }: { items: LegendItem[]; columns?: number }) {
  const t = useT();
  return (
    <SimpleGrid cols={columns} spacing={8} verticalSpacing={3}>
      {items.map((item) => (
        <Group key={item.label} gap={6} wrap="nowrap">
          <Swatch shape={item.shape} color={item.color} accent={item.accent} glyph={item.glyph} />
          <Text fz="xs" c="gray.7" lh={1.3}>
            {t(item.label)}
          </Text>
        </Group>
      ))}
    </SimpleGrid>
  );
}
