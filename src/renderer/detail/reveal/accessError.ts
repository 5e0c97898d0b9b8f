// The refusals of the personal-data rules, worded for the user; anything else as usual.
import { isApiClientError } from '../../api/ApiClientError';
import { errorMessage } from '../../api/errorMessage';
import type { Translate } from '../../i18n/translate';

export function accessErrorMessage(error: unknown, t: Translate): string {
  const reason = isApiClientError(error) ? error.details?.[0]?.reason : undefined;
  if (reason === 'bulk_read_limit') return t('access.bulkLimit');
  if (reason === 'out_of_scope') return t('access.outOfScope');
  return errorMessage(error, t);
}
