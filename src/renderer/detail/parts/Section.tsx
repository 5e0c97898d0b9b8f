// A titled block inside the drawer.
import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

export function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  return (
    <Stack gap={6} data-testid={testId}>
      <Text fz="xs" fw={700} c="gray.7" tt="uppercase" style={{ letterSpacing: 0.5, borderBottom: '1px solid #e9ecef', paddingBottom: 4 }}>
        {title}
      </Text>
      {children}
    </Stack>
  );
}
