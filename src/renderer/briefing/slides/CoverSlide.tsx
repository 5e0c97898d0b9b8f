import { catalogs } from '../../i18n/locales';
import { withFields } from '../../i18n/Vocabulary';
import { fmtDateTime, fmtPeriod } from '../format';
import type { SlideContext } from '../slideContext';

export function CoverSlide({ ctx }: { ctx: SlideContext }) {
  const { deck, t } = ctx;
  const scopeName = deck.scope.kind === 'street' ? deck.streetName : `${deck.streetName}${deck.scope.name}`;
  return (
    <div className="bs-cover" data-testid="briefing-slide-cover">
      <div className="bs-cover-title">{withFields(catalogs[t.locale]['briefing.cover.title'], { scope: scopeName })}</div>
      <div className="bs-cover-line">{t('briefing.cover.period', { period: fmtPeriod(t, deck.period) })}</div>
      <div className="bs-cover-line" data-testid="briefing-cover-previous" data-comparison={deck.comparison}>
        {t('briefing.cover.previous', {
          compared: t(`briefing.compare.${deck.comparison}`, { days: Math.round((deck.period.to - deck.period.from) / 86_400_000) }),
          period: fmtPeriod(t, deck.previous),
        })}
      </div>
      <div className="bs-cover-small">
        {t('briefing.cover.made', { time: fmtDateTime(t, deck.madeAt) })}
        <br />
        {t('briefing.cover.judged', { time: fmtDateTime(t, deck.judgedAt) })}
        <br />
        {t('briefing.cover.privacy')}
      </div>
    </div>
  );
}
