// The unified command wall (一网统管): a second window on the wall display, or /wall in a
// browser. Dark, big type, on a 1920×1080 design grid scaled to the screen (useWallUnit).
import './wall.css';
import { useEffect, useMemo, useState, type CSSProperties } from 'react';
import type { WallCommunity } from '../../shared/wall';
import { useMapBase } from '../map/useMapBase';
import { errorMessage } from '../api/errorMessage';
import { useLocale } from '../i18n/LocaleProvider';
import { WallAlerts } from './panels/WallAlerts';
import { WallCare } from './panels/WallCare';
import { WallCategories } from './panels/WallCategories';
import { WallFeed } from './panels/WallFeed';
import { WallParty } from './panels/WallParty';
import { WallRanking } from './panels/WallRanking';
import { WallTiles } from './panels/WallTiles';
import { WallTrend } from './panels/WallTrend';
import { useRotation } from './useRotation';
import { useWallData } from './useWallData';
import { useWallUnit } from './useWallUnit';
import { WallHeader } from './WallHeader';
import { WallMap } from './WallMap';
import { officeNow } from '../session/officeClock';

/** Panel heights in design units; the feed and the Party panel take what is left. */
// Right column: the ranking's six rows whole (288), the trend with its legend in the title
// (144), the Party panel with the meetings' figures takes the rest (330, its content 257).
const HEIGHTS = { categories: 288, ranking: 288, trend: 144, care: 176 } as const;
const MINUTE_MS = 60_000;

function useMinuteClock(): number {
  const [now, setNow] = useState(() => officeNow());
  useEffect(() => {
    const timer = setInterval(() => setNow(officeNow()), MINUTE_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

export function WallScreen({ streetName }: { streetName: string }) {
  const { t } = useLocale();
  const unit = useWallUnit();
  const now = useMinuteClock();
  const [communities, setCommunities] = useState<WallCommunity[] | undefined>(undefined);
  const rotation = useRotation(communities);
  const { model, error, reload } = useWallData(rotation.communityId);
  // Grids redrawn: the map and the per-grid states reload together.
  const { state: base, data: baseData } = useMapBase(reload);

  // The community list is the street's, whatever the scope: keep the first one seen.
  useEffect(() => {
    if (model && !communities) setCommunities(model.communities);
  }, [model, communities]);

  const { toggle } = rotation;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'r' || e.key === 'R') toggle();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [toggle]);

  const focus = model?.communityId ?? null;
  const scopeName = useMemo(() => (focus === null ? t('wall.scope.street') : (model?.communities.find((c) => c.id === focus)?.name ?? '')), [focus, model?.communities, t]);
  const style = { '--u': `${unit}px` } as CSSProperties;

  return (
    <div className="wall" style={style} data-testid="wall" data-last-event-id={model?.lastEventId ?? ''} data-scope={focus ?? 'street'}>
      <WallHeader streetName={model?.streetName ?? streetName} scopeName={scopeName} scopeIsPlace={focus !== null} rotation={rotation} />
      {model && <WallTiles tiles={model.tiles} />}
      {model && (
        <div className="wall-column wall-column-left">
          <WallFeed feed={model.feed} arrived={model.arrived} unit={unit} />
          <WallCategories categories={model.categories} height={HEIGHTS.categories} />
          <WallCare communityId={focus} height={HEIGHTS.care} />
        </div>
      )}
      {model && baseData ? (
        <WallMap base={baseData} model={model} unit={unit} now={now} focusCommunityId={focus} scopeLabel={focus === null ? null : scopeName} />
      ) : (
        <div className="wall-message" data-testid="wall-message">
          {error || base.status === 'error' ? (
            <>
              <div>
                {t('wall.loadFailed')}：{errorMessage(error ?? (base.status === 'error' ? base.error : null), t)}
              </div>
              <button type="button" className="wall-button" onClick={reload}>
                {t('wall.retry')}
              </button>
            </>
          ) : (
            t('wall.loading')
          )}
        </div>
      )}
      {model && <WallAlerts communityId={focus} />}
      {model && (
        <div className="wall-column wall-column-right">
          <WallRanking ranking={model.ranking} height={HEIGHTS.ranking} />
          <WallTrend trend={model.trend} height={HEIGHTS.trend} />
          <WallParty party={model.party} meetings={model.meetings} />
        </div>
      )}
    </div>
  );
}
