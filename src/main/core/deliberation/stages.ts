// The stages of a matter by the 五步工作法: 居民提事 (raised) → 网格议事 (discussed; further
// rounds of discussion stay there) → 会议定事 (decided) → 联动办事 (acting) → 群众评事
// (evaluated), with 撤销 (dropped, with a reason) while it is still being talked about. One
// table says which step leaves which stages; everything else asks it.
import type { MatterAction, MatterStage } from '../../../shared/deliberation';
import { refuse } from './errors';

export const MATTER_STEPS: Record<Exclude<MatterAction, 'raise'>, { from: readonly MatterStage[]; to: MatterStage }> = {
  discuss: { from: ['raised', 'discussed'], to: 'discussed' },
  decide: { from: ['discussed'], to: 'decided' },
  act: { from: ['decided'], to: 'acting' },
  evaluate: { from: ['acting'], to: 'evaluated' },
  drop: { from: ['raised', 'discussed'], to: 'dropped' },
};

export function nextStage(stage: MatterStage, step: Exclude<MatterAction, 'raise'>): MatterStage {
  const rule = MATTER_STEPS[step];
  if (!rule.from.includes(stage)) {
    throw refuse('conflict', 'id', 'illegal_step', `${step} is not possible for a matter that is ${stage} (only when ${rule.from.join(' or ')})`, { step, stage });
  }
  return rule.to;
}

export function legalMatterSteps(stage: MatterStage): MatterAction[] {
  return (Object.keys(MATTER_STEPS) as Exclude<MatterAction, 'raise'>[]).filter((s) => MATTER_STEPS[s].from.includes(stage));
}
