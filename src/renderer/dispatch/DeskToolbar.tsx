// The desk's top line: its title and live mark, the indicators (考核指标) and the ledger
// export (导出台账), the settings (calendar, rules), the shortcut help and the intake button.
import { Button, Group, Kbd, Text, Tooltip } from '@mantine/core';
import { useT } from '../i18n/LocaleProvider';

interface Props {
  canReport: boolean;
  canEditSettings: boolean;
  onIntake: () => void;
  onIndicators: () => void;
  onLedger: () => void;
  onSettings: () => void;
  onHelp: () => void;
}

export function DeskToolbar({ canReport, canEditSettings, onIntake, onIndicators, onLedger, onSettings, onHelp }: Props) {
  const t = useT();
  return (
    <Group justify="space-between" px={12} py={8} wrap="nowrap">
      <Group gap={8} wrap="nowrap">
        <Text fw={700} fz="md">
          {t('dispatch.title')}
        </Text>
        <Tooltip label={t('dispatch.liveHint')}>
          <Group gap={4} wrap="nowrap" data-testid="queue-live">
            <span className="live-dot" />
            <Text fz="xs" c="teal.8">
              {t('dispatch.live')}
            </Text>
          </Group>
        </Tooltip>
      </Group>
      <Group gap={6} wrap="nowrap">
        <Button size="xs" variant="default" onClick={onIndicators} data-testid="desk-indicators">
          {t('dispatch.indicators')}
        </Button>
        <Button size="xs" variant="default" onClick={onLedger} data-testid="desk-ledger">
          {t('dispatch.ledger')}
        </Button>
        {canEditSettings && (
          <Button size="xs" variant="default" onClick={onSettings} data-testid="desk-settings">
            {t('dispatch.settings')}
          </Button>
        )}
        <Tooltip label={t('keys.title')}>
          <Button size="xs" variant="default" onClick={onHelp} data-testid="desk-help" px={8}>
            <Kbd size="xs">?</Kbd>
          </Button>
        </Tooltip>
        {canReport && (
          <Button size="xs" onClick={onIntake} data-testid="desk-intake" rightSection={<Kbd size="xs">n</Kbd>}>
            {t('dispatch.intake')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
