// 问题类别与变化: the most reported subcategories against the previous period, and the
// largest rises and falls.
import type { BriefingCategoryChange } from '../../../shared/briefing';
import type { Translate } from '../../i18n/translate';
import { CompareBars } from '../charts/CompareBars';
import { fmtCategory } from '../format';
import type { SlideContext } from '../slideContext';
import { SlideFrame } from './SlideFrame';

function Movers({ t, title, rows, none, tone }: { t: Translate; title: string; rows: readonly BriefingCategoryChange[]; none: string; tone: 'bs-worse' | 'bs-better' }) {
  return (
    <div style={{ marginBottom: 26 }}>
      <h2 className="bs-h2">{title}</h2>
      {rows.length === 0 && <p className="bs-muted" style={{ fontSize: 22 }}>{none}</p>}
      {rows.map((r) => (
        <div key={r.id} style={{ display: 'flex', justifyContent: 'space-between', fontSize: 23, padding: '7px 0', borderBottom: '1px solid var(--bs-line)' }}>
          <span>{fmtCategory(t, r.code, r.name)}</span>
          <span>
            {r.previous} → {r.current}{' '}
            <b className={tone}>
              {r.delta > 0 ? '+' : '−'}
              {Math.abs(r.delta)}
            </b>
          </span>
        </div>
      ))}
    </div>
  );
}

export function CategoriesSlide({ ctx, title }: { ctx: SlideContext; title: string }) {
  const { deck, t } = ctx;
  const c = deck.categories;
  return (
    <SlideFrame ctx={ctx} title={title} testId="briefing-slide-categories">
      <div className="bs-split">
        <div style={{ flex: 'none', width: 960 }}>
          <h2 className="bs-h2">{t('briefing.categories.top')}</h2>
          <div className="bs-legend" style={{ marginBottom: 10 }}>
            <span>
              <i style={{ background: '#1c4f91' }} />
              {t('briefing.categories.current')}
            </span>
            <span>
              <i style={{ background: '#adb5bd' }} />
              {t('briefing.categories.previous')}
            </span>
          </div>
          <CompareBars t={t} rows={c.top} width={940} />
        </div>
        <div className="bs-side">
          <Movers t={t} title={t('briefing.categories.risers')} rows={c.risers} none={t('briefing.categories.none')} tone="bs-worse" />
          <Movers t={t} title={t('briefing.categories.fallers')} rows={c.fallers} none={t('briefing.categories.none')} tone="bs-better" />
        </div>
      </div>
    </SlideFrame>
  );
}
