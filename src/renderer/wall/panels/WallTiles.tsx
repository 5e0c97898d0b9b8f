// The five headline figures, each with its change against yesterday and last week.
import type { WallFigure, WallTileKey, WallTiles as Tiles } from '../../../shared/wall';
import { WALL_TILE_KEYS } from '../../../shared/vocab/wall';
import { useLocale } from '../../i18n/LocaleProvider';
import type { PlainMessageKey } from '../../i18n/messages';
import { changeOf, changeText, formatValue, type FigureKind } from '../format';

interface TileSpec {
  label: PlainMessageKey;
  window: PlainMessageKey;
  kind: FigureKind;
  /** Which way is good news; null when neither (more reports are not better or worse). */
  better: 'up' | 'down' | null;
  /** Shown in the alert colour whenever it is above zero. */
  alertWhenPositive?: boolean;
}

const SPECS: Record<WallTileKey, TileSpec> = {
  newToday: { label: 'wall.tile.newToday', window: 'wall.tile.today', kind: 'count', better: null },
  closedToday: { label: 'wall.tile.closedToday', window: 'wall.tile.today', kind: 'count', better: 'up' },
  onTimeRate: { label: 'wall.tile.onTimeRate', window: 'wall.tile.rateWindow', kind: 'rate', better: 'up' },
  overdueOpen: { label: 'wall.tile.overdueOpen', window: 'wall.tile.now', kind: 'count', better: 'down', alertWhenPositive: true },
  satisfaction: { label: 'wall.tile.satisfaction', window: 'wall.tile.rateWindow', kind: 'rate', better: 'up' },
};

function ChangeLine({ label, now, before, spec }: { label: string; now: number | null; before: number | null; spec: TileSpec }) {
  const { t, locale } = useLocale();
  const change = changeOf(now, before, spec.kind, locale);
  const good = change && spec.better && change.trend !== 'flat' ? String(change.trend === spec.better) : undefined;
  return (
    <div className="wall-tile-change" data-good={good} data-wall-text>
      <span>{label}</span>
      <b>{changeText(change, spec.kind, t)}</b>
    </div>
  );
}

function Tile({ id, figure }: { id: WallTileKey; figure: WallFigure }) {
  const { t, locale } = useLocale();
  const spec = SPECS[id];
  const alert = spec.alertWhenPositive && (figure.value ?? 0) > 0;
  return (
    <div className="wall-tile" data-testid={`wall-tile-${id}`} data-tone={alert ? 'alert' : undefined}>
      <div className="wall-tile-head">
        <span className="wall-tile-label" data-wall-text>
          {t(spec.label)}
        </span>
        <span className="wall-tile-window" data-wall-text>
          {t(spec.window)}
        </span>
      </div>
      <div className="wall-tile-value" data-testid={`wall-tile-${id}-value`} data-wall-text>
        {formatValue(figure.value, spec.kind, locale, t('wall.noValue'))}
      </div>
      <ChangeLine label={t('wall.vs.yesterday')} now={figure.value} before={figure.yesterday} spec={spec} />
      <ChangeLine label={t('wall.vs.lastWeek')} now={figure.value} before={figure.lastWeek} spec={spec} />
    </div>
  );
}

export function WallTiles({ tiles }: { tiles: Tiles }) {
  return (
    <div className="wall-tiles" data-testid="wall-tiles">
      {WALL_TILE_KEYS.map((key) => (
        <Tile key={key} id={key} figure={tiles[key]} />
      ))}
    </div>
  );
}
