// The Party slide's lines on 楼栋工作日, meeting decisions and resident matters for the deck's
// period: visits and the buildings they reached of those held, the decisions of the period's
// meetings by their progress now, and matters at each of the five steps. Counts only.
import type { SlideContext } from '../../briefing/slideContext';
import { fmtCount } from '../../briefing/format';

export function PartyWorkdayBlock({ ctx }: { ctx: SlideContext }) {
  const { deck, t } = ctx;
  const a = deck.party.assessment;
  const d = deck.party.decisionsMade;
  const m = deck.meetings.matters;
  return (
    <div data-testid="briefing-party-workday" style={{ marginTop: 14 }}>
      <h2 className="bs-h2" style={{ fontSize: 22, marginBottom: 6 }}>
        {t('briefing.workday.title')}
      </h2>
      <p style={{ fontSize: 19, margin: '0 0 4px' }} data-testid="briefing-party-visits">
        {t('briefing.workday.visits', { visits: fmtCount(t, a.visits), visited: fmtCount(t, a.buildingsVisited), held: fmtCount(t, a.buildingsHeld) })}
      </p>
      <p style={{ fontSize: 19, margin: '0 0 4px' }} data-testid="briefing-party-decisions">
        {t('briefing.workday.decisions', { made: d.active, done: d.done, late: d.late, notStarted: d.notStarted, inProgress: d.inProgress })}
      </p>
      <p style={{ fontSize: 19, margin: 0 }} data-testid="briefing-party-matters">
        {t('briefing.workday.matters', { raised: m.raised, discussed: m.discussed, decided: m.decided, acting: m.acting, evaluated: m.evaluated })}
      </p>
    </div>
  );
}
