// What meetings decided and residents raised (会议定事, 五步工作法), as counts from the core's
// snapshot: decisions late and due within a week, and resident matters at each of the five
// steps. No decision text, owner or speaker reaches the wall (meetings/sharedFigures.ts).
// A section of the Party panel, not a panel of its own: a separate box's title and padding
// cost the right column more height than its one row of figures (see WallScreen HEIGHTS).
import type { MeetingsShared } from '../../../shared/meetings';
import { useLocale } from '../../i18n/LocaleProvider';
import type { PlainMessageKey } from '../../i18n/messages';

const STEPS = [
  ['raised', 'wall.meetings.step.raised'],
  ['discussed', 'wall.meetings.step.discussed'],
  ['decided', 'wall.meetings.step.decided'],
  ['acting', 'wall.meetings.step.acting'],
  ['evaluated', 'wall.meetings.step.evaluated'],
] as const satisfies readonly (readonly [keyof MeetingsShared['matters'], PlainMessageKey])[];

export function WallMeetings({ meetings }: { meetings: MeetingsShared }) {
  const { t, num } = useLocale();
  const d = meetings.decisions;
  return (
    <div className="wall-meetings" data-testid="wall-meetings">
      <div className="wall-meetings-head">
        <span className="wall-meetings-title" data-wall-text>
          {t('wall.meetings.title')}
        </span>
        <span className="wall-metric-label" data-wall-text>
          {t('wall.meetings.late')} <b data-testid="wall-meetings-late" style={{ color: d.late > 0 ? '#ffb020' : undefined }}>{num(d.late)}</b>
          {' · '}
          {t('wall.meetings.dueSoon')} <b data-testid="wall-meetings-due">{num(d.dueSoon)}</b>
        </span>
      </div>
      <div className="wall-steps">
        {STEPS.map(([stage, label]) => (
          <div key={stage} className="wall-step">
            <span className="wall-step-label" data-wall-text>
              {t(label)}
            </span>
            <span className="wall-step-value" data-wall-text data-testid={`wall-matters-${stage}`}>
              {num(meetings.matters[stage])}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}
