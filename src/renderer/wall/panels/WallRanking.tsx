// The grids that most need attention: overdue first, then supervised, then unresolved.
import type { WallRankingRow } from '../../../shared/wall';
import { useLocale } from '../../i18n/LocaleProvider';
import { DataField } from '../../i18n/Vocabulary';
import { gridLabel } from '../../../shared/gridLabel';
import { Panel } from './Panel';

export function WallRanking({ ranking, height }: { ranking: readonly WallRankingRow[]; height: number }) {
  const { t, num } = useLocale();
  return (
    <Panel title={t('wall.panel.ranking')} testId="wall-ranking" height={height}>
      {ranking.length === 0 ? (
        <div className="wall-empty">{t('wall.ranking.empty')}</div>
      ) : (
        <div>
          <div className="wall-rank-row wall-rank-head">
            <span />
            <span data-wall-text>{t('wall.ranking.grid')}</span>
            <span className="wall-rank-num" data-wall-text>
              {t('wall.ranking.overdue')}
            </span>
            <span className="wall-rank-num" data-wall-text>
              {t('wall.ranking.supervised')}
            </span>
            <span className="wall-rank-num" data-wall-text>
              {t('wall.ranking.open')}
            </span>
          </div>
          {ranking.map((r, i) => (
            <div key={r.gridId} className="wall-rank-row" data-rank={i + 1} data-testid="wall-rank-row">
              <span className="wall-rank-no">{i + 1}</span>
              <span data-wall-text>
                <DataField>{gridLabel({ name: r.gridName, communityName: r.communityName })}</DataField>
              </span>
              <span className="wall-rank-num" data-kind="overdue" data-zero={r.overdue === 0} data-wall-text>
                {num(r.overdue)}
              </span>
              <span className="wall-rank-num" data-kind="supervised" data-zero={r.supervised === 0} data-wall-text>
                {num(r.supervised)}
              </span>
              <span className="wall-rank-num" data-wall-text>
                {num(r.open)}
              </span>
            </div>
          ))}
        </div>
      )}
    </Panel>
  );
}
