// What the desk's two reports (考核指标, 导出台账) remember while the desk is open: which
// one is showing, the period (shared, so a ledger is exported for the period just looked
// at), the grouping and the scope of the indicators.
import { useState } from 'react';
import type { DeskGroupBy } from './indicators/indicatorTable';
import { DEFAULT_PERIOD, type PeriodChoice } from './period/period';

export type DeskReport = 'indicators' | 'ledger' | null;

export function useDeskReports() {
  const [open, setOpen] = useState<DeskReport>(null);
  const [period, setPeriod] = useState<PeriodChoice>(DEFAULT_PERIOD);
  const [groupBy, setGroupBy] = useState<DeskGroupBy>('grid');
  /** null = the whole street. */
  const [communityId, setCommunityId] = useState<number | null>(null);
  return { open, setOpen, period, setPeriod, groupBy, setGroupBy, communityId, setCommunityId };
}

export type DeskReports = ReturnType<typeof useDeskReports>;
