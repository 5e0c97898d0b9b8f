// The product mark: a small emblem plus the product name, used on the unlock screen and header.
import { Group, Stack, Text } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';

export function BrandEmblem({ size = 32 }: { size?: number }) {
  // A grid of nine cells with the centre lit: "一网统管", every grid under one view.
  const cell = size / 3;
  return (
    <svg width={size} height={size} viewBox={`0 0 ${size} ${size}`} aria-hidden="true">
      <rect x={0} y={0} width={size} height={size} rx={size / 6} fill="#c92a2a" />
      {[0, 1, 2].flatMap((row) =>
        [0, 1, 2].map((col) => (
          <rect
            key={`${row}-${col}`}
            x={col * cell + cell * 0.18}
            y={row * cell + cell * 0.18}
            width={cell * 0.64}
            height={cell * 0.64}
            rx={1.5}
            fill={row === 1 && col === 1 ? '#ffd43b' : 'rgba(255,255,255,0.85)'}
          />
        )),
      )}
    </svg>
  );
}

export function BrandMark({ streetName, size = 'lg' }: { streetName: string | null; size?: 'lg' | 'sm' }) {
  const t = useT();
  const large = size === 'lg';
  return (
    <Group gap={large ? 'md' : 'sm'} wrap="nowrap">
      <BrandEmblem size={large ? 48 : 30} />
      <Stack gap={0}>
        <Text fw={700} fz={large ? 26 : 17} lh={1.2} c="inherit">
          {t('app.name')}
        </Text>
        <Text fz={large ? 'sm' : 'xs'} c={large ? 'dimmed' : 'inherit'} opacity={large ? 1 : 0.75} lh={1.3} data-field={streetName === null ? undefined : ''}>
          {streetName ?? t('app.nameLatin')}
        </Text>
      </Stack>
    </Group>
  );
}
