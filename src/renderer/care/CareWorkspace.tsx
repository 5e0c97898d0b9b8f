// 关爱走访 (care and visits): one console workspace beside the map, its parts as tabs (careTabs.tsx).
import { Box, Tabs } from '@mantine/core';
import { useState } from 'react';
import { useT } from '../i18n/LocaleProvider';
import { consoleColors } from '../theme/consoleColors';
import { CARE_TABS, type CareTabContext } from './careTabs';

/** Width of the workspace beside the map in the console grid. */
export const CARE_PANE_WIDTH = 1060;

export function CareWorkspace(ctx: CareTabContext) {
  const t = useT();
  const tabs = CARE_TABS.filter((c) => !c.roles || c.roles.includes(ctx.user.role));
  const [tab, setTab] = useState<string>(tabs[0]!.value);
  return (
    <Box data-testid="care-workspace" style={{ gridArea: 'care', minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column', background: consoleColors.appBg, borderRight: '1px solid #d9dee7' }}>
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false} style={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <Tabs.List px="sm">
          {tabs.map((c) => (
            <Tabs.Tab key={c.value} value={c.value} data-testid={`care-tab-${c.value}`}>
              {c.label(t)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {tabs.map((c) => (
          <Tabs.Panel key={c.value} value={c.value} style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
            {c.render(ctx)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Box>
  );
}
