// One colour per case status, used by the queue, the detail and the timeline alike.
import type { CaseStatus } from '../../shared/domain';

const COLORS: Record<CaseStatus, string> = {
  reported: 'orange',
  registered: 'yellow',
  dispatched: 'blue',
  handling: 'command',
  awaiting_verification: 'teal',
  closed: 'green',
  cancelled: 'gray',
  suspended: 'grape',
  escalated: 'pink',
};

export function statusColor(status: CaseStatus): string {
  return COLORS[status];
}
