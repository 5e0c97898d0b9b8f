// What every slide gets: the deck, the words, its place in the deck, and the map images.
import type { BriefingDeck } from '../../shared/briefing';
import type { MapBase } from '../../shared/views';
import type { BriefingTarget } from '../../shared/meetings';
import type { Translate } from '../i18n/translate';

export interface SlideContext {
  deck: BriefingDeck;
  base: MapBase | null;
  t: Translate;
  /** 1-based page number and the page count, for the footer. */
  page: number;
  pages: number;
  /** Map images by view id (data URLs), once captured. */
  images: Readonly<Record<string, string>>;
  /** True on the slide being shown, once the images are made: its map is live and can be panned. */
  live: boolean;
  /** Opens the form that records a 研判会 decision on a case, hot spot or grid; unset when the account may not record (and in print). */
  decide?: (target: BriefingTarget, label: string) => void;
}
