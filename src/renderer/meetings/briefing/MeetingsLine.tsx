// The deck's line on what meetings decided and residents raised, under the 超期与督办 summary:
// decisions late and due within a week, matters by stage. Counts only, from the deck.
import type { MeetingsShared } from '../../../shared/meetings';
import type { Translate } from '../../i18n/translate';

export function MeetingsLine({ t, m }: { t: Translate; m: MeetingsShared | undefined }) {
  if (!m) return null;
  const d = m.decisions;
  const s = m.matters;
  return (
    <p style={{ fontSize: 22, margin: '0 0 14px' }} data-testid="briefing-meetings-line">
      {t('briefing.meetings.line', { active: d.active, late: d.late, dueSoon: d.dueSoon, done: d.done })}
      {' · '}
      {t('briefing.meetings.matters', { raised: s.raised + s.discussed, decided: s.decided + s.acting, evaluated: s.evaluated })}
    </p>
  );
}
