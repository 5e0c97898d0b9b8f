// Cases by large category over the last 30 days: a bar per category, busiest first.
import type { WallCategoryRow } from '../../../shared/wall';
import { useLocale } from '../../i18n/LocaleProvider';
import { categoryLabel } from '../../i18n/Vocabulary';
import { Panel } from './Panel';

export const CATEGORY_ROWS = 5;

export function WallCategories({ categories, height }: { categories: readonly WallCategoryRow[]; height: number }) {
  const { t, tOpen, num } = useLocale();
  const rows = categories.slice(0, CATEGORY_ROWS);
  const max = Math.max(1, ...rows.map((r) => r.reported));
  return (
    <Panel title={t('wall.panel.categories')} testId="wall-categories" height={height}>
      <div className="wall-bars">
        <div className="wall-bar-row wall-bars-head">
          <span />
          <span />
          <span className="wall-bar-count" data-wall-text>
            {t('wall.categories.reported')}
          </span>
          <span className="wall-bar-open" data-wall-text>
            {t('wall.categories.open')}
          </span>
        </div>
        {rows.map((r) => (
          <div key={r.categoryId} className="wall-bar-row" data-testid="wall-category">
            <span className="wall-bar-name" data-wall-text>
              {tOpen('wall.class', r.caseClass)}·{tOpen('wall.category', r.code, categoryLabel(tOpen, r.code, r.name))}
            </span>
            <div className="wall-bar-track">
              <div className="wall-bar-fill" data-class={r.caseClass} style={{ width: `${(r.reported / max) * 100}%` }} />
            </div>
            <span className="wall-bar-count" data-wall-text>
              {num(r.reported)}
            </span>
            <span className="wall-bar-open" data-wall-text>
              {num(r.open)}
            </span>
          </div>
        ))}
      </div>
    </Panel>
  );
}
