// A hot spot's place in the UI language: the core sends names only (a building's address
// and name, or a road), the words around them ("near", "附近", "along") come from the
// catalog, and on a slide the names are marked as data for the English-mode check.
import { Fragment, type ReactNode } from 'react';
import type { BriefingPlace } from '../../shared/briefing';
import { catalogs } from '../i18n/locales';
import { withFields } from '../i18n/Vocabulary';
import type { Translate } from '../i18n/translate';

/** As plain text (speaker notes, the next slide's title). */
export function placeText(t: Translate, place: BriefingPlace): string {
  switch (place.kind) {
    case 'near':
      return t('briefing.place.near', { address: place.address, building: place.building });
    case 'along':
      return t('briefing.place.along', { road: place.road });
    case 'inArea':
      return t('briefing.place.inArea');
  }
}

/** On a slide: the words in the UI language, the names marked as data. */
export function PlaceName({ t, place }: { t: Translate; place: BriefingPlace }) {
  const template = catalogs[t.locale];
  switch (place.kind) {
    case 'near':
      return <>{withFields(template['briefing.place.near'], { address: place.address, building: place.building })}</>;
    case 'along':
      return <>{withFields(template['briefing.place.along'], { road: place.road })}</>;
    case 'inArea':
      return <>{t('briefing.place.inArea')}</>;
  }
}

/** A filled message (its other placeholders already in) with a place where {place} stands: the place brings its own data marks. */
export function withPlace(message: string, place: ReactNode): ReactNode[] {
  return message.split('{place}').flatMap((piece, i) => (i === 0 ? [piece] : [<Fragment key={i}>{place}</Fragment>, piece]));
}
