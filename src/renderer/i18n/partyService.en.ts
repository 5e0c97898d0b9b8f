import type { partyServiceZhCN } from './partyService.zh-CN';

export const partyServiceEn: { readonly [K in keyof typeof partyServiceZhCN]: string } = {
  'partyWork.wall.wishRate': 'Wishes fulfilled',
  'partyWork.wall.needRate': 'Needs claimed',
  'partyWork.wall.fulfilled': 'Wishes done',
  'partyWork.wall.open': 'Wishes open',
  'partyWork.wall.hours': 'Hours/member',
  'partyWork.wall.units': 'Active units',
  'partyWork.wall.period': 'last 12 months',

  'partyWork.briefing.title': 'Party work · serving residents',
  'partyWork.briefing.wishes': 'Micro-wishes',
  'partyWork.briefing.wishesLine': '{collected} collected, {fulfilled} fulfilled',
  'partyWork.briefing.wishRate': 'Fulfilled',
  'partyWork.briefing.open': '{open} open, {over30} for over 30 days',
  'partyWork.briefing.needs': 'Needs list',
  'partyWork.briefing.needsLine': '{published} published, {claimed} claimed',
  'partyWork.briefing.needRate': 'Claimed',
  'partyWork.briefing.medianDays': 'median {days} days to a claim',
  'partyWork.briefing.projects': '{count} projects completed',
  'partyWork.briefing.dual': 'Dual registration',
  'partyWork.briefing.dualLine': '{employed} employed members, {registered} registered',
  'partyWork.briefing.hours': '{hours} hours of service per member',
  'partyWork.briefing.volunteers': 'Volunteering',
  'partyWork.briefing.volunteersLine': '{activities} activities, {served} people served',
  'partyWork.briefing.units': '{count} active units',
};
