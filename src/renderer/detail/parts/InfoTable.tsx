// Label/value pairs in two tidy columns.
import { SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export interface InfoRow {
  label: string;
  value: ReactNode;
  testId?: string;
}

export function InfoTable({ rows, cols = 2 }: { rows: InfoRow[]; cols?: number }) {
  return (
    <SimpleGrid cols={cols} spacing="md" verticalSpacing={6}>
      {rows.map((row) => (
        <div key={row.label} data-testid={row.testId}>
          <Text fz="xs" c="dimmed" lh={1.3}>
            {row.label}
          </Text>
          <Text component="div" fz="sm" lh={1.4} data-testid={row.testId ? `${row.testId}-value` : undefined}>
            {row.value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}
