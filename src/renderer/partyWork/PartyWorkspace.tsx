// 党建工作 (Party work): one console workspace, its parts as tabs. The tabs are data: each
// entry of PARTY_TABS names its label and what it renders, so a new part of Party work
// (微心愿, 双报到, 志愿服务) is one line here and a component in its own file.
import { Box, Tabs } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import type { LngLat, UserView } from '../../shared/views';
import { useT } from '../i18n/LocaleProvider';
import type { Translate } from '../i18n/translate';
import { consoleColors } from '../theme/consoleColors';
import { ListsTab } from './lists/ListsTab';
import { WishesTab } from './wishes/WishesTab';
import { ServiceTab } from './service/ServiceTab';
import { VolunteersTab } from './volunteers/VolunteersTab';
import { BuildingDaysTab } from '../buildingDays/BuildingDaysTab';
import { AssessmentTab } from '../partyAssessment/AssessmentTab';

/** What every tab gets from the console. */
export interface PartyTabContext {
  user: UserView;
  /** Flies the console's map to a point. */
  onLocate: (center: LngLat) => void;
  /** A 三张清单 item clicked on the map and not yet shown: the lists tab opens its drawer. */
  focus?: PartyFocus | null;
  /** Said by the tab that showed it, so a tab opened again later does not reopen it. */
  onFocusShown?: (seq: number) => void;
}

export interface PartyFocus {
  itemId: number;
  seq: number;
}

export interface PartyTab {
  value: string;
  label: (t: Translate) => string;
  render: (ctx: PartyTabContext) => ReactNode;
}

export const PARTY_TABS: readonly PartyTab[] = [
  { value: 'lists', label: (t) => t('party.tab.lists'), render: (ctx) => <ListsTab {...ctx} /> },
  { value: 'wishes', label: (t) => t('party.tab.wishes'), render: (ctx) => <WishesTab {...ctx} /> },
  { value: 'service', label: (t) => t('party.tab.service'), render: (ctx) => <ServiceTab {...ctx} /> },
  { value: 'volunteers', label: (t) => t('party.tab.volunteers'), render: (ctx) => <VolunteersTab {...ctx} /> },
  { value: 'buildingDays', label: (t) => t('party.tab.buildingDays'), render: (ctx) => <BuildingDaysTab {...ctx} /> },
  { value: 'assessment', label: (t) => t('party.tab.assessment'), render: (ctx) => <AssessmentTab {...ctx} /> },
];

/** Width of the workspace beside the map in the console grid. */
export const PARTY_PANE_WIDTH = 1060;

export function PartyWorkspace(ctx: PartyTabContext) {
  const t = useT();
  const [tab, setTab] = useState<string>(PARTY_TABS[0]!.value);
  const [shown, setShown] = useState(0);
  const focus = ctx.focus && ctx.focus.seq > shown ? ctx.focus : null;
  // A click on an item's point brings its list to the front.
  useEffect(() => {
    if (focus) setTab('lists');
  }, [focus]);
  const tabCtx: PartyTabContext = { user: ctx.user, onLocate: ctx.onLocate, focus, onFocusShown: setShown };
  return (
    <Box data-testid="party-workspace" style={{ gridArea: 'party', minWidth: 0, minHeight: 0, display: 'flex', flexDirection: 'column', background: consoleColors.appBg, borderRight: '1px solid #d9dee7' }}>
      <Tabs value={tab} onChange={(v) => v && setTab(v)} keepMounted={false} style={{ display: 'flex', flexDirection: 'column', minHeight: 0, flex: 1 }}>
        <Tabs.List px="sm">
          {PARTY_TABS.map((p) => (
            <Tabs.Tab key={p.value} value={p.value} data-testid={`party-tab-${p.value}`}>
              {p.label(t)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {PARTY_TABS.map((p) => (
          <Tabs.Panel key={p.value} value={p.value} style={{ flex: 1, minHeight: 0, overflow: 'auto' }}>
            {p.render(tabCtx)}
          </Tabs.Panel>
        ))}
      </Tabs>
    </Box>
  );
}
