// The deck on screen: one 16:9 slide at a time, scaled to the window, moved with the
// keyboard; every slide stays in the page so printing (browser print, Electron printToPDF,
// Playwright page.pdf) gives one A4-landscape page per slide with the maps as images.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { BriefingDeck } from '../../shared/briefing';
import type { MapBase } from '../../shared/views';
import { useLocale } from '../i18n/LocaleProvider';
import { DeckControls } from './DeckControls';
import { renderSlide, slideNotes, slidesOf, slideTitle, slideTitleNode } from './deckSlides';
import { deckAction, moveTo } from './keys';
import { briefingMapViews } from './map/briefingMap';
import { MapImager } from './map/MapImager';
import { NotesPanel } from './NotesPanel';
import type { SlideContext } from './slideContext';
import { useIdleChrome } from './useIdleChrome';
import { SLIDE, useStageScale } from './useStageScale';
import { useDeckDecisions } from '../meetings/briefing/useDeckDecisions';
import { useLiveDeck } from '../meetings/briefing/useLiveDeck';

const NOTES_HEIGHT = 200;

interface Props {
  deck: BriefingDeck;
  base: MapBase | null;
  onExit: () => void;
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

export function BriefingDeckView({ deck, base, onExit }: Props) {
  const { t } = useLocale();
  const slides = useMemo(() => slidesOf(deck), [deck]);
  const titles = useMemo(() => slides.map((s) => slideTitle(t, deck, s)), [slides, t, deck]);
  const views = useMemo(() => briefingMapViews(deck), [deck]);
  const [index, setIndex] = useState(0);
  const [notes, setNotes] = useState(false);
  const [images, setImages] = useState<Record<string, string>>({});
  const scale = useStageScale(notes ? NOTES_HEIGHT : 0);
  const chromeVisible = useIdleChrome();
  // Decisions recorded with the deck (研判会): the keys' form, and the session's list.
  const decisions = useDeckDecisions();
  // The 超期与督办 slide shows the deck with what was decided since patched in (useLiveDeck);
  // the others keep the deck as built, so their live maps are not handed a new deck on every change.
  const shown = useLiveDeck(deck, decisions.decide !== undefined);
  const imaged = views.filter((v) => images[v.id]).length;
  const mapsReady = base !== null && imaged === views.length;

  const onImage = useCallback((id: string, url: string) => setImages((prev) => ({ ...prev, [id]: url })), []);
  const go = useCallback((action: 'next' | 'prev' | 'first' | 'last') => setIndex((i) => moveTo(action, i, slides.length)), [slides.length]);
  const leave = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    onExit();
  }, [onExit]);
  const fullscreen = useCallback(() => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (isTyping(e.target) || decisions.formOpen) return;
      const action = deckAction(e);
      if (!action) return;
      e.preventDefault();
      if (action === 'exit') leave();
      else if (action === 'notes') setNotes((n) => !n);
      else if (action === 'fullscreen') fullscreen();
      else go(action);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, leave, fullscreen, decisions.formOpen]);

  // Printing leaves the page's own overflow rules (the app never scrolls) for the slides' flow.
  useEffect(() => {
    document.documentElement.classList.add('briefing-mode');
    return () => document.documentElement.classList.remove('briefing-mode');
  }, []);

  const current = slides[index];
  return (
    <div
      className="briefing-deck"
      data-testid="briefing-deck"
      data-slide={index + 1}
      data-slides={slides.length}
      data-slide-kind={current?.kind}
      data-maps-ready={mapsReady ? 'true' : 'false'}
      style={{ ['--briefing-scale' as string]: String(scale) }}
    >
      <div className="briefing-screen">
        <div className="briefing-stage">
          {slides.map((s, i) => {
            const ctx: SlideContext = { deck: s.kind === 'attention' ? shown : deck, base, t, page: i + 1, pages: slides.length, images, live: i === index && mapsReady, decide: decisions.decide };
            return (
              <div key={`${s.kind}-${i}`} className="briefing-page" data-current={i === index ? 'true' : 'false'} style={{ width: SLIDE.width * scale, height: SLIDE.height * scale }}>
                <div className="briefing-slide">{renderSlide(s, ctx, titles[i] ?? '')}</div>
              </div>
            );
          })}
        </div>
        {notes && current && <NotesPanel notes={slideNotes(t, deck, current)} nextTitle={slides[index + 1] ? slideTitleNode(t, deck, slides[index + 1]!) : null} />}
      </div>
      <DeckControls
        page={index + 1}
        pages={slides.length}
        hidden={!chromeVisible}
        mapsPending={mapsReady ? null : { done: imaged, total: views.length }}
        onPrev={() => go('prev')}
        onNext={() => go('next')}
        onNotes={() => setNotes((n) => !n)}
        onFullscreen={fullscreen}
        onPrint={() => window.print()}
        onExit={leave}
        lead={decisions.session}
      />
      {decisions.nodes}
      {base && !mapsReady && <MapImager deck={deck} base={base} views={views} images={images} onImage={onImage} />}
    </div>
  );
}
