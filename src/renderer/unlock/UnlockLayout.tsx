// The frame around the first screens: a calm background, the brand, one card in the middle.
import { Box, Center, Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { useT } from '../i18n/LocaleProvider';
import { BrandMark } from './BrandMark';

const backdrop = {
  height: '100%',
  background:
    'linear-gradient(rgba(15,47,95,0.05) 1px, transparent 1px) 0 0 / 48px 48px, linear-gradient(90deg, rgba(15,47,95,0.05) 1px, transparent 1px) 0 0 / 48px 48px, linear-gradient(160deg, #f4f7fb 0%, #e3eaf4 100%)',
};

/** `wide` for the longer texts of a start problem. */
export function UnlockLayout({ streetName, children, wide = false }: { streetName: string | null; children: ReactNode; wide?: boolean }) {
  const t = useT();
  return (
    <Box style={backdrop} pos="relative">
      <Group pos="absolute" top={16} right={20}>
        <LanguageSwitch />
      </Group>
      <Center h="100%">
        <Stack gap="lg" w={wide ? 600 : 440}>
          <BrandMark streetName={streetName} />
          <Paper shadow="md" p="xl" radius="md" withBorder>
            {children}
          </Paper>
          <Text fz="xs" c="dimmed" ta="center">
            {t('unlock.footer')}
          </Text>
        </Stack>
      </Center>
    </Box>
  );
}
