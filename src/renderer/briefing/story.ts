// The deck's words: the key points of the overview and the speaker notes of each slide,
// written from the figures. Plain functions over the deck, so the PDF and the screen say
// the same thing.
import type { BriefingDeck, BriefingHotSpot, BriefingKpiKey } from '../../shared/briefing';
import type { Translate } from '../i18n/translate';
import { fmtCategory, fmtChangeWords, fmtCount, fmtRate } from './format';

function kpi(deck: BriefingDeck, key: BriefingKpiKey) {
  const found = deck.overview.kpis.find((k) => k.key === key);
  if (!found) throw new Error(`deck lacks the ${key} figure`);
  return found;
}

/** A key point: a sentence, or the hot spot (a slide writes its place's names marked as data). */
export type KeyPoint = string | BriefingHotSpot;

export function keyPointItems(t: Translate, deck: BriefingDeck): KeyPoint[] {
  const { current } = deck.overview;
  const points: KeyPoint[] = [
    t('briefing.story.reported', { count: fmtCount(t, current.reported), change: fmtChangeWords(t, kpi(deck, 'reported')) }),
    t('briefing.story.onTime', { rate: fmtRate(t, current.onTimeRate), change: fmtChangeWords(t, kpi(deck, 'onTimeRate')), closeRate: fmtRate(t, current.closeRate) }),
    t('briefing.story.overdue', { count: fmtCount(t, current.overdueOpen), now: deck.attention.overdueCount, supervised: deck.attention.supervisedCount }),
  ];
  if (deck.hotSpots.top[0]) points.push(deck.hotSpots.top[0]);
  points.push(...riserPoint(t, deck));
  if (current.satisfiedRate !== null) points.push(t('briefing.story.satisfaction', { rate: fmtRate(t, current.satisfiedRate), change: fmtChangeWords(t, kpi(deck, 'satisfiedRate')) }));
  return points;
}

/** The hot spot sentence's figures, all but its place. */
export function hotSpotFigures(t: Translate, spot: BriefingHotSpot): { count: number; category: string } {
  return { count: spot.count, category: spot.topCategories.map((c) => fmtCategory(t, c.code, c.name)).slice(0, 2).join(t('briefing.listSeparator')) };
}

/** The largest rise of a problem against the previous period, if any rose. */
export function riserPoint(t: Translate, deck: BriefingDeck): string[] {
  const riser = deck.categories.risers[0];
  return riser ? [t('briefing.story.riser', { name: fmtCategory(t, riser.code, riser.name), current: riser.current, delta: riser.delta })] : [];
}

export function trendFacts(t: Translate, deck: BriefingDeck): string[] {
  const days = deck.trend;
  if (days.length === 0) return [];
  const peak = days.reduce((best, d) => (d.reported > best.reported ? d : best), days[0]!);
  // The periods' own totals and lengths: the previous calendar month may be longer or shorter than this one.
  const current = deck.overview.current.reported;
  const previous = deck.overview.previous.reported;
  const previousDays = Math.max(1, Math.round((deck.previous.to - deck.previous.from) / 86_400_000));
  const [, m, d] = peak.date.split('-').map(Number);
  return [
    t('briefing.trend.totals', { current: fmtCount(t, current), previous: fmtCount(t, previous) }),
    t('briefing.trend.dailyAvg', { value: t.num(current / days.length, 1), previous: t.num(previous / previousDays, 1) }),
    t('briefing.trend.peak', { date: t('briefing.dateShort', { m: m ?? 0, d: d ?? 0 }), count: peak.reported }),
  ];
}
