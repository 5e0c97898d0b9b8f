// The figures of a grid or community (GridCounts) as stats for a StatGrid.
import type { GridCounts } from '../../../shared/views';
import type { Translate } from '../../i18n/translate';
import type { Stat } from './StatGrid';

export function gridCountStats(c: GridCounts, t: Translate): Stat[] {
  return [
    { label: t('summary.buildings'), value: c.buildings },
    { label: t('summary.households'), value: c.households },
    { label: t('summary.residents'), value: c.residents },
    { label: t('summary.tenants'), value: c.tenants },
    { label: t('summary.partyMembers'), value: c.partyMembers },
    { label: t('detail.elderlyAlone'), value: c.elderlyAlone },
    { label: t('summary.openCases'), value: c.openCases },
    { label: t('summary.overdueCases'), value: c.overdueCases, tone: 'alert' },
    { label: t('detail.casesLast30Days'), value: c.casesLast30Days },
  ];
}
