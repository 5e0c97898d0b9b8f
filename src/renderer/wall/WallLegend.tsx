// What the map's colours mean: grid fills by state, case markers by what they need.
import { useLocale } from '../i18n/LocaleProvider';
import type { PlainMessageKey } from '../i18n/messages';
import { GRID_STATE_COLORS, MARKER_COLORS, WALL_MAP_COLORS, type MarkerKind } from './map/wallPalette';
import type { WallGridState } from '../../shared/wall';

const GRID_ITEMS: [WallGridState, PlainMessageKey][] = [
  ['overdue', 'wall.legend.overdue'],
  ['supervised', 'wall.legend.supervised'],
  ['open', 'wall.legend.open'],
  ['calm', 'wall.legend.calm'],
];
const MARKER_ITEMS: [MarkerKind, PlainMessageKey][] = [
  ['overdue', 'wall.legend.overdue'],
  ['supervised', 'wall.legend.supervised'],
  ['waiting', 'wall.legend.waiting'],
  ['inProgress', 'wall.legend.inProgress'],
];

export function WallLegend() {
  const { t } = useLocale();
  return (
    <div className="wall-legend" data-testid="wall-legend">
      <div className="wall-legend-row">
        <span className="wall-legend-item" style={{ color: '#93abc9' }} data-wall-text>
          {t('wall.legend.grids')}
        </span>
        {GRID_ITEMS.map(([state, label]) => (
          <span key={state} className="wall-legend-item" data-wall-text>
            <span className="wall-legend-swatch" style={{ background: GRID_STATE_COLORS[state] }} />
            {t(label)}
          </span>
        ))}
      </div>
      <div className="wall-legend-row">
        <span className="wall-legend-item" style={{ color: '#93abc9' }} data-wall-text>
          {t('wall.legend.cases')}
        </span>
        {MARKER_ITEMS.map(([kind, label]) => (
          <span key={kind} className="wall-legend-item" data-wall-text>
            <span className="wall-legend-dot" style={{ background: MARKER_COLORS[kind] }} />
            {t(label)}
          </span>
        ))}
        <span className="wall-legend-item" data-wall-text>
          <span className="wall-legend-dot" style={{ background: 'transparent', borderColor: WALL_MAP_COLORS.pulse, borderWidth: 'calc(var(--u) * 3)' }} />
          {t('wall.legend.newCase')}
        </span>
      </div>
    </div>
  );
}
