// English for access.zh-CN.ts.
import type { accessZhCN } from './access.zh-CN';

export const accessEn: { readonly [K in keyof typeof accessZhCN]: string } = {
  'access.reveal': 'Show full record',
  'access.reveal.title': 'Show full record: {what}',
  'access.reveal.notice': 'Personal data is masked by default. Showing a full record is written to the audit log (who, which record, which fields, and why).',
  'access.reveal.reason': 'Reason',
  'access.reveal.reasonHint': 'At least {min} characters, e.g. “home visit to verify”',
  'access.reveal.submit': 'Show',
  'access.reveal.cancel': 'Cancel',
  'access.reveal.failed': 'Could not show the record',
  'access.kind.resident': 'Resident',
  'access.kind.reporter': 'Reporter',
  'access.kind.partyMember': 'Party member',
  'access.field.name': 'Name',
  'access.field.phone': 'Phone',
  'access.field.idNumber': 'ID number',
  'access.field.address': 'Address',
  'access.field.tags': 'Care tags',
  'access.householdsHidden': '{count} households. The list is shown only to roles allowed to see home addresses.',
  'access.bulkLimit': 'Too many persons’ data viewed in a short time; paused. Please try again later.',
  'access.outOfScope': 'This record lies outside your community.',
};
