// Small wordings shared by the care tabs.
import type { CareVisitor, DueVisit } from '../../shared/care';
import { formatDateTime } from '../detail/formatters';
import type { Translate } from '../i18n/translate';

/** The visitor of a due visit: the post holder's name, or the vacant post; 社区 with the community's name. */
export function visitorText(t: Translate, visitor: CareVisitor, name: string): string {
  if (visitor === 'community') return `${t('care.visitor.community')} ${name}`.trim();
  return name ? `${t(`care.visitor.${visitor}`)} ${name}` : t('care.vacantPost', { role: t(`care.visitor.${visitor}`) });
}

export function lastVisitText(t: Translate, at: number | null): string {
  return at === null ? t('care.neverVisited') : formatDateTime(at, t.locale).slice(0, 10);
}

export function lateText(t: Translate, d: Pick<DueVisit, 'lastVisitAt' | 'daysOverdue'>): string {
  return d.lastVisitAt === null ? t('care.neverVisited') : t('care.daysLate', { days: d.daysOverdue ?? 0 });
}
