// The sentence for a refusal of the 楼栋工作日 and 组织考评 cores: a refusal with a known reason
// word reads as a sentence of the catalog (the core's own words are English and technical);
// anything else reads as errorMessage words it.
import type { Translate } from '../i18n/translate';
import { errorMessage } from '../api/errorMessage';
import { isApiClientError } from '../api/ApiClientError';

const REASONS = {
  account_taken: 'buildingDay.refusal.account_taken',
  not_held: 'buildingDay.refusal.not_held',
  not_weak: 'assessment.refusal.not_weak',
  plan_open: 'assessment.refusal.plan_open',
  year_in_future: 'assessment.refusal.year_in_future',
  not_a_unit: 'assessment.refusal.not_a_unit',
  org_root_not_rated: 'assessment.refusal.org_root_not_rated',
} as const;

export function refusalMessage(error: unknown, t: Translate): string {
  if (isApiClientError(error)) {
    const reason = error.details?.[0]?.reason;
    if (reason !== undefined && reason in REASONS) return t(REASONS[reason as keyof typeof REASONS]);
  }
  return errorMessage(error, t);
}
