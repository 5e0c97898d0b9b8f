// Colours and roles shared by the meetings screens, the drawers and the deck.
import type { Role } from '../../shared/domain';
import type { MatterStage } from '../../shared/deliberation';
import type { ProgressState } from '../../shared/meetings';

export const PROGRESS_COLOR: Record<ProgressState, string> = { not_started: 'gray', in_progress: 'blue', late: 'red', done: 'teal' };
export const STAGE_COLOR: Record<MatterStage, string> = { raised: 'gray', discussed: 'cyan', decided: 'indigo', acting: 'blue', evaluated: 'teal', dropped: 'dark' };
/** Who may record meetings and matters (the core decides again, per body and community). */
export const MEETING_WRITERS: readonly Role[] = ['admin', 'dispatcher', 'leader', 'community'];

/** Lines of a textarea, trimmed, empty ones dropped. */
export const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
