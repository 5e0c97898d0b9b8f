// A validation problem as the list shows it: what, which grids, how big.
import type { GridProblem } from '../../shared/gridEdit';
import { GRID_HOUSEHOLDS } from '../../shared/vocab/gridEdit';
import type { Translate } from '../i18n/translate';

export function problemTitle(p: GridProblem, t: Translate): string {
  if (p.kind === 'households') return t('gridEdit.problem.households', { min: GRID_HOUSEHOLDS.min, max: GRID_HOUSEHOLDS.max });
  return t(`gridEdit.problem.${p.kind}`);
}

export function problemFigures(p: GridProblem, t: Translate): string {
  const parts: string[] = [];
  if (p.kind === 'households' && typeof p.detail.households === 'number') parts.push(t('gridEdit.problem.householdCount', { count: p.detail.households }));
  if (p.areaM2 !== null && p.kind !== 'households') parts.push(t('gridEdit.problem.area', { area: Math.round(p.areaM2) }));
  if (typeof p.detail.widthM === 'number') parts.push(t('gridEdit.problem.width', { width: t.num(p.detail.widthM, 1) }));
  return parts.join(' · ');
}
