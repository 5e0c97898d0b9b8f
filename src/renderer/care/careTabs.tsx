// The 关爱走访 workspace's tabs, as data: each entry names its label, who sees it and what it
// renders, so another part of care work (告警, from the devices) is one line here and a
// component in its own file.
import type { ReactNode } from 'react';
import type { Role } from '../../shared/domain';
import type { LngLat, UserView } from '../../shared/views';
import type { Translate } from '../i18n/translate';
import { CareListTab } from './CareListTab';
import { OverdueCasesTab } from './OverdueCasesTab';
import { QueueTab } from './QueueTab';
import { RulesTab } from './RulesTab';

/** What every tab gets from the console. */
export interface CareTabContext {
  user: UserView;
  /** Flies the console's map to a point. */
  onLocate: (center: LngLat) => void;
}

export interface CareTab {
  value: string;
  label: (t: Translate) => string;
  /** Roles that see the tab; every role when absent. */
  roles?: readonly Role[];
  render: (ctx: CareTabContext) => ReactNode;
}

export const CARE_TABS: readonly CareTab[] = [
  { value: 'queue', label: (t) => t('care.tab.queue'), render: (ctx) => <QueueTab {...ctx} /> },
  { value: 'list', label: (t) => t('care.tab.list'), render: (ctx) => <CareListTab {...ctx} /> },
  { value: 'overdueCases', label: (t) => t('care.tab.overdueCases'), render: (ctx) => <OverdueCasesTab {...ctx} /> },
  { value: 'rules', label: (t) => t('care.tab.rules'), render: (ctx) => <RulesTab {...ctx} /> },
];
