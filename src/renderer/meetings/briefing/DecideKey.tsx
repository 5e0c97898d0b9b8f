// The key on a hot spot, an overdue case or a ranking row that records a 研判会 decision there
// and then. Shown only when the deck may record (ctx.decide is set), never printed.
import type { BriefingTarget } from '../../../shared/meetings';
import type { SlideContext } from '../../briefing/slideContext';
import './decide.css';

export function DecideKey({ ctx, target, label, testId }: { ctx: SlideContext; target: BriefingTarget; label: string; testId: string }) {
  if (!ctx.decide) return null;
  const decide = ctx.decide;
  return (
    <button type="button" className="bs-decide-key" data-testid={testId} onClick={() => decide(target, label)}>
      {ctx.t('briefing.decide.key')}
    </button>
  );
}
