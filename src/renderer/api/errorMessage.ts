// Turns any thrown value into the sentence a user should read.
import type { Translate } from '../i18n/translate';
import { isApiClientError } from './ApiClientError';

export function errorMessage(error: unknown, t: Translate): string {
  if (!isApiClientError(error)) return t('error.internal');
  if (error.network) return t('error.network');
  const headline = t(`error.${error.code}`);
  if (error.code !== 'invalid_input' || !error.details?.length) return headline;
  const details = error.details.map((d) => t('error.detail', { path: d.path, message: d.message }));
  return t('error.withDetails', { headline, details: details.join(t('error.detailSeparator')) });
}
