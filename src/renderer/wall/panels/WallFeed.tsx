// The live feed: the latest case events, as many whole rows as fit. Rows that arrived by
// push flash once. Actors are masked by the core; the feed shows no description or address.
import { useRef } from 'react';
import type { WallFeedItem } from '../../../shared/wall';
import { useLocale } from '../../i18n/LocaleProvider';
import { ActorName, categoryLabel, DataField } from '../../i18n/Vocabulary';
import { gridLabel } from '../../../shared/gridLabel';
import { clockTime } from '../format';
import { Panel } from './Panel';
import { useFitCount } from './useFitCount';

const ROW_UNITS = 62;
const GAP_UNITS = 6;

export function WallFeed({ feed, arrived, unit }: { feed: readonly WallFeedItem[]; arrived: ReadonlySet<number>; unit: number }) {
  const { t, tOpen } = useLocale();
  const bodyRef = useRef<HTMLDivElement>(null);
  const fit = useFitCount(bodyRef, ROW_UNITS, GAP_UNITS, unit);
  return (
    <Panel title={t('wall.panel.feed')} testId="wall-feed">
      <div className="wall-feed" ref={bodyRef} style={{ height: '100%' }}>
        {feed.length === 0 && <div className="wall-empty">{t('wall.feed.empty')}</div>}
        {feed.slice(0, fit).map((item) => (
          <div
            key={item.eventId}
            className="wall-feed-item"
            data-testid="wall-feed-item"
            data-case-id={item.caseId}
            data-case-code={item.caseCode}
            data-kind={item.kind}
            data-arrived={arrived.has(item.eventId) ? 'true' : undefined}
          >
            <div className="wall-feed-line">
              <span className="wall-feed-time" data-wall-text>
                {clockTime(item.at)}
              </span>
              <span className="wall-feed-kind" data-kind={item.kind} data-wall-text>
                {tOpen('wall.event', item.kind)}
              </span>
              <span className="wall-feed-category" data-wall-text>
                {categoryLabel(tOpen, item.categoryCode, item.category)}
              </span>
            </div>
            <div className="wall-feed-line">
              <span className="wall-feed-place" data-wall-text>
                <DataField>{gridLabel({ name: item.gridName, communityName: item.communityName })}</DataField>
              </span>
              <span className="wall-feed-actor" data-wall-text>
                <ActorName actor={item.actorLabel} />
              </span>
            </div>
          </div>
        ))}
      </div>
    </Panel>
  );
}
