// The order of the deck, each slide's title and speaker notes, and how it is drawn.
import type { ReactNode } from 'react';
import type { BriefingDeck, BriefingHotSpot } from '../../shared/briefing';
import { DataField } from '../i18n/Vocabulary';
import type { Translate } from '../i18n/translate';
import { fmtCategory, fmtRate } from './format';
import { briefingMapViews, DETAIL_SPOTS, type BriefingMapView } from './map/briefingMap';
import type { SlideContext } from './slideContext';
import { PlaceName, placeText, withPlace } from './placeWords';
import { hotSpotFigures, keyPointItems, riserPoint, trendFacts } from './story';
import { AttentionSlide } from './slides/AttentionSlide';
import { CategoriesSlide } from './slides/CategoriesSlide';
import { CoverSlide } from './slides/CoverSlide';
import { HotSpotSlide } from './slides/HotSpotSlide';
import { HotSpotsSlide } from './slides/HotSpotsSlide';
import { OverviewSlide } from './slides/OverviewSlide';
import { PartySlide } from './slides/PartySlide';
import { DepartmentsSlide, GridsSlide } from './slides/RankingSlides';
import { TrendSlide } from './slides/TrendSlide';

export type SlideSpec =
  | { kind: 'cover' }
  | { kind: 'overview' }
  | { kind: 'trend' }
  | { kind: 'hotSpots'; view: BriefingMapView }
  | { kind: 'hotSpot'; rank: number; view: BriefingMapView }
  | { kind: 'categories' }
  | { kind: 'attention' }
  | { kind: 'grids' }
  | { kind: 'departments' }
  | { kind: 'party' };

export function slidesOf(deck: BriefingDeck): SlideSpec[] {
  const views = briefingMapViews(deck);
  const view = (id: string) => views.find((v) => v.id === id)!;
  return [
    { kind: 'cover' },
    { kind: 'overview' },
    { kind: 'trend' },
    { kind: 'hotSpots', view: view('overview') },
    ...deck.hotSpots.top.slice(0, DETAIL_SPOTS).map((s): SlideSpec => ({ kind: 'hotSpot', rank: s.rank, view: view(`spot-${s.rank}`) })),
    { kind: 'categories' },
    { kind: 'attention' },
    { kind: 'grids' },
    { kind: 'departments' },
    { kind: 'party' },
  ];
}

export function slideTitle(t: Translate, deck: BriefingDeck, s: SlideSpec): string {
  switch (s.kind) {
    case 'cover':
      return deck.scope.name;
    case 'overview':
      return t('briefing.overview.title');
    case 'trend':
      return t('briefing.trend.title');
    case 'hotSpots':
      return t('briefing.hotSpots.title');
    case 'hotSpot': {
      const spot = deck.hotSpots.top.find((h) => h.rank === s.rank);
      return t('briefing.hotSpot.title', { rank: s.rank, place: spot ? placeText(t, spot.place) : '' });
    }
    case 'categories':
      return t('briefing.categories.title');
    case 'attention':
      return t('briefing.attention.title');
    case 'grids':
      return t('briefing.grids.title');
    case 'departments':
      return t('briefing.departments.title');
    case 'party':
      return t('briefing.party.title');
  }
}

/** A hot spot's sentence with its place's names marked as data (notes are scanned like slides). */
function hotSpotNote(t: Translate, spot: BriefingHotSpot): ReactNode {
  return withPlace(t('briefing.story.hotSpot', { place: '{place}', ...hotSpotFigures(t, spot) }), <PlaceName t={t} place={spot.place} />);
}

/** A slide's title for the presenter's "next" line: as slideTitle, with names of places marked as data. */
export function slideTitleNode(t: Translate, deck: BriefingDeck, s: SlideSpec): ReactNode {
  if (s.kind === 'cover') return <DataField>{deck.scope.name}</DataField>;
  if (s.kind !== 'hotSpot') return slideTitle(t, deck, s);
  const spot = deck.hotSpots.top.find((h) => h.rank === s.rank);
  return spot ? withPlace(t('briefing.hotSpot.title', { rank: s.rank, place: '{place}' }), <PlaceName t={t} place={spot.place} />) : slideTitle(t, deck, s);
}

/** The speaker notes: sentences in the UI language, names of places marked as data as on the slides. */
export function slideNotes(t: Translate, deck: BriefingDeck, s: SlideSpec): ReactNode[] {
  switch (s.kind) {
    case 'cover':
      return [t('briefing.notes.cover')];
    case 'overview':
      return keyPointItems(t, deck).map((p) => (typeof p === 'string' ? p : hotSpotNote(t, p)));
    case 'trend':
      return trendFacts(t, deck);
    case 'hotSpots':
      return deck.hotSpots.top[0] ? [hotSpotNote(t, deck.hotSpots.top[0])] : [];
    case 'hotSpot': {
      const spot = deck.hotSpots.top.find((h) => h.rank === s.rank);
      if (!spot) return [];
      const category = spot.topCategories[0] ? fmtCategory(t, spot.topCategories[0].code, spot.topCategories[0].name) : '';
      const lead = spot.gridName !== null ? <DataField>{spot.gridName}</DataField> : <PlaceName t={t} place={spot.place} />;
      return [withPlace(t('briefing.notes.hotSpot', { grid: '{place}', category }), lead)];
    }
    case 'categories':
      return riserPoint(t, deck);
    case 'attention':
      return [t('briefing.notes.attention')];
    case 'grids':
      return [t('briefing.notes.grids')];
    case 'departments':
      return [t('briefing.notes.departments')];
    case 'party':
      return [
        t('briefing.notes.party', {
          rate: fmtRate(t, deck.party.dualReport.rate),
          gap: deck.party.tenantCoverage.total - deck.party.tenantCoverage.covered,
          weak: deck.party.weakOrgs.length,
        }),
      ];
  }
}

export function renderSlide(s: SlideSpec, ctx: SlideContext, title: string): ReactNode {
  switch (s.kind) {
    case 'cover':
      return <CoverSlide ctx={ctx} />;
    case 'overview':
      return <OverviewSlide ctx={ctx} title={title} />;
    case 'trend':
      return <TrendSlide ctx={ctx} title={title} />;
    case 'hotSpots':
      return <HotSpotsSlide ctx={ctx} title={title} view={s.view} />;
    case 'hotSpot': {
      const spot = ctx.deck.hotSpots.top.find((h) => h.rank === s.rank);
      // The title again, with the place's names marked as data.
      const marked = spot && withPlace(ctx.t('briefing.hotSpot.title', { rank: s.rank, place: '{place}' }), <PlaceName t={ctx.t} place={spot.place} />);
      return spot ? <HotSpotSlide ctx={ctx} title={marked} view={s.view} spot={spot} /> : null;
    }
    case 'categories':
      return <CategoriesSlide ctx={ctx} title={title} />;
    case 'attention':
      return <AttentionSlide ctx={ctx} title={title} />;
    case 'grids':
      return <GridsSlide ctx={ctx} title={title} />;
    case 'departments':
      return <DepartmentsSlide ctx={ctx} title={title} />;
    case 'party':
      return <PartySlide ctx={ctx} title={title} />;
  }
}
