// A refused decision in words: which item and why (the core's reason word, see
// core/meetings/errors.ts), else the general message of the error.
import { isApiClientError } from '../../api/ApiClientError';
import { errorMessage } from '../../api/errorMessage';
import type { Translate } from '../../i18n/translate';

const REASONS = ['case_closed', 'duplicate_item', 'not_found', 'out_of_scope', 'meeting_closed'] as const;
type Reason = (typeof REASONS)[number];
const isReason = (r: string | undefined): r is Reason => REASONS.some((x) => x === r);

export function decideRefusal(error: unknown, t: Translate): string {
  const detail = isApiClientError(error) ? error.details?.[0] : undefined;
  if (!detail || !isReason(detail.reason)) return errorMessage(error, t);
  const item = /items\.(\d+)/.exec(detail.path);
  const words = t(`meetings.refusal.${detail.reason}`, { code: detail.params?.['code'] ?? '' });
  return item ? t('meetings.refusal.item', { n: Number(item[1]) + 1, words }) : words;
}
