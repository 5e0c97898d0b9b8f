// The deck is built once, so a decision recorded with it would not show on its slides: the
// 督办 badge of the case just put under supervision, the 督办 count and the line of meeting
// decisions kept their build-time values. After each meeting or case change this patches
// those from the core (the session's 督办 items and the decision counts of the deck's scope);
// everything else stays as built. Before any change the deck is returned as it is.
import { useMemo } from 'react';
import type { BriefingDeck } from '../../../shared/briefing';
import { useApiQuery } from '../../api/useApiQuery';
import { useMeetingsChanged } from '../useMeetingsChanged';

export function useLiveDeck(deck: BriefingDeck, enabled: boolean): BriefingDeck {
  const changed = useMeetingsChanged();
  const live = enabled && changed > 0;
  const session = useApiQuery('meeting.briefingSession', live ? {} : null, changed);
  const figures = useApiQuery('meeting.figures', live ? (deck.scope.id === null ? {} : { communityId: deck.scope.id }) : null, changed);
  return useMemo(() => {
    if (!live) return deck;
    let next = deck;
    if (session.status === 'ok' && session.data) {
      const flagged = new Set(session.data.topics.flatMap((x) => x.decisions.flatMap((d) => d.items.filter((i) => i.kind === 'supervise').map((i) => i.label))));
      const newly = deck.attention.cases.filter((c) => !c.supervised && flagged.has(c.code)).length;
      if (newly > 0) {
        next = {
          ...next,
          attention: {
            ...deck.attention,
            supervisedCount: deck.attention.supervisedCount + newly,
            cases: deck.attention.cases.map((c) => (flagged.has(c.code) ? { ...c, supervised: true } : c)),
          },
        };
      }
    }
    if (figures.status === 'ok' && JSON.stringify(figures.data) !== JSON.stringify(deck.meetings.decisions)) next = { ...next, meetings: { ...deck.meetings, decisions: figures.data } };
    return next;
  }, [deck, live, session, figures]);
}
