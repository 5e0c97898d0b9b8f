// The console header's 告警 button: the number of live alerts (red while any wait), a beep
// and a blink when one is raised, and the alert list in a drawer.
import { Button, Drawer, Indicator } from '@mantine/core';
import { useState } from 'react';
import type { UserView } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { AlertsPanel } from './AlertsPanel';
import { DeviceRegisterModal } from './DeviceRegister';
import { useAlerts } from './useAlerts';

const READERS: readonly UserView['role'][] = ['admin', 'dispatcher', 'operator', 'leader', 'community'];
const SOUND_KEY = 'streetops.alerts.sound';

export function AlertsButton({ user }: { user: UserView }) {
  if (!READERS.includes(user.role)) return null;
  return <AlertsButtonFor user={user} />;
}

function AlertsButtonFor({ user }: { user: UserView }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [scope, setScope] = useState<'live' | 'all'>('live');
  const [sound, setSoundState] = useState(() => localStorage.getItem(SOUND_KEY) !== 'off');
  const setSound = (on: boolean) => {
    localStorage.setItem(SOUND_KEY, on ? 'on' : 'off');
    setSoundState(on);
  };
  const { list, error, reload } = useAlerts(scope, sound);
  // The device register (the administrator's; the core refuses it to every other role) is
  // kept out of the drawer: every pushed alert re-renders the drawer's list, and the
  // register and its open forms must not move with it.
  const [devicesOpen, setDevicesOpen] = useState(false);
  const live = list?.live ?? 0;
  return (
    <>
      <Indicator label={live} size={16} color="red" disabled={live === 0} offset={4} data-testid="alerts-count" data-count={live}>
        <Button size="xs" variant={live > 0 ? 'filled' : 'white'} color={live > 0 ? 'red' : 'dark'} onClick={() => setOpen(true)} data-testid="alerts-button">
          {t('alerts.button')}
        </Button>
      </Indicator>
      <Drawer opened={open} onClose={() => setOpen(false)} position="right" size={480} title={t('alerts.title')} data-testid="alerts-drawer">
        <AlertsPanel user={user} list={list} error={error} scope={scope} onScope={setScope} sound={sound} onSound={setSound} reload={reload} onOpenDevices={() => setDevicesOpen(true)} />
      </Drawer>
      <DeviceRegisterModal opened={devicesOpen} onClose={() => setDevicesOpen(false)} />
    </>
  );
}
