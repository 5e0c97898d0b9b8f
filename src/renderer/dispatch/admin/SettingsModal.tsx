// The desk's settings for admins and dispatchers: dispatch rules and the work calendar.
import { Modal, Tabs } from '@mantine/core';
import type { MapBase } from '../../../shared/views';
import { useT } from '../../i18n/LocaleProvider';
import { CalendarEditor } from './CalendarEditor';
import { DispatchRulesEditor } from './DispatchRulesEditor';

export function SettingsModal({ opened, base, onClose }: { opened: boolean; base: MapBase | null; onClose: () => void }) {
  const t = useT();
  return (
    <Modal opened={opened} onClose={onClose} title={t('dispatch.settings')} size={980} centered data-testid="settings-modal">
      <Tabs defaultValue="rules" keepMounted={false}>
        <Tabs.List mb={10}>
          <Tabs.Tab value="rules" data-testid="settings-tab-rules">
            {t('settings.rules')}
          </Tabs.Tab>
          <Tabs.Tab value="calendar" data-testid="settings-tab-calendar">
            {t('settings.calendar')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rules">
          <DispatchRulesEditor base={base} />
        </Tabs.Panel>
        <Tabs.Panel value="calendar">
          <CalendarEditor />
        </Tabs.Panel>
      </Tabs>
    </Modal>
  );
}
