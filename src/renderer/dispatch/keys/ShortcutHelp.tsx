// The "?" overlay: every desk shortcut with what it does.
import { Group, Kbd, Modal, Stack, Table, Text } from '@mantine/core';
import { useT } from '../../i18n/LocaleProvider';
import { SHORTCUT_HELP } from './shortcuts';

export function ShortcutHelp({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('keys.title')} size="md" centered data-testid="shortcut-help">
      <Stack gap={8}>
        <Table verticalSpacing={4} fz="sm">
          <Table.Tbody>
            {SHORTCUT_HELP.map((s) => (
              <Table.Tr key={s.label}>
                <Table.Td w={120}>
                  <Group gap={4}>
                    {s.keys.map((k) => (
                      <Kbd key={k} size="sm">
                        {k}
                      </Kbd>
                    ))}
                  </Group>
                </Table.Td>
                <Table.Td>{t(s.label)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text fz="xs" c="dimmed">
          {t('keys.typingNote')}
        </Text>
      </Stack>
    </Modal>
  );
}
