// A refused grid edit in the user's language: which step, and why, from the reason word
// the core sends; anything else falls back to the general error message.
import { REFUSAL_REASONS, type RefusalReason } from '../../shared/vocab/gridEdit';
import { errorMessage } from '../api/errorMessage';
import { isApiClientError } from '../api/ApiClientError';
import type { Translate } from '../i18n/translate';

const isReason = (r: string | undefined): r is RefusalReason => r !== undefined && (REFUSAL_REASONS as readonly string[]).includes(r);

export function editErrorMessage(error: unknown, t: Translate): string {
  const detail = isApiClientError(error) && error.code === 'invalid_input' ? error.details?.[0] : undefined;
  const step = detail?.path.match(/^ops\.(\d+)$/);
  if (detail && step && isReason(detail.reason)) return t('gridEdit.refused', { n: Number(step[1]) + 1, why: t(`gridEdit.refused.${detail.reason}`) });
  return errorMessage(error, t);
}
