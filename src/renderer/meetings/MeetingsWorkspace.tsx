// 会议议事: one console workspace with two tabs — meetings and their decisions, and resident
// matters (五步工作法). Follows PartyWorkspace: a pane beside the console's map.
import { Box, Tabs } from '@mantine/core';
import { useState } from 'react';
import type { LngLat, UserView } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import { consoleColors } from '../theme/consoleColors';
import { MattersTab } from './MattersTab';
import { MeetingsTab } from './MeetingsTab';

export interface MeetingsContext {
  user: UserView;
  onLocate: (center: LngLat) => void;
}

/** Width of the workspace beside the map in the console grid. */
export const MEETINGS_PANE_WIDTH = 1060;

export function MeetingsWorkspace(ctx: MeetingsContext) {
  const t = useT();
  const [tab, setTab] = useState<string>('meetings');
  return (
    <Box data-testid="meetings-workspace" style={{ gridArea: 'meetings', minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column', background: consoleColors.appBg, borderRight: '1px solid #d9dee7' }}>
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false} style={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <Tabs.List px="sm">
          <Tabs.Tab value="meetings" data-testid="meetings-tab-meetings">
            {t('meetings.tab.meetings')}
          </Tabs.Tab>
          <Tabs.Tab value="matters" data-testid="meetings-tab-matters">
            {t('meetings.tab.matters')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="meetings" style={{ flex: 1, minHeight: 0, overflow: 'hidden' }}>
          <MeetingsTab {...ctx} />
        </Tabs.Panel>
        <Tabs.Panel value="matters" style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
          <MattersTab {...ctx} />
        </Tabs.Panel>
      </Tabs>
    </Box>
  );
}
