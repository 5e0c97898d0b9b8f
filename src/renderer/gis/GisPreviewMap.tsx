// The preview drawn over the street as it is: the saved grids in grey, the file's features
// in orange, on one scale (longitude shrunk by the cosine of the latitude). A wrong
// coordinate system shows at once as orange shapes beside or far from the grey ones.
import type { FeatureCollection, Geometry, Position } from 'geojson';
import { useMemo } from 'react';
import { useApiQuery } from '../api/useApiQuery';
import { useT } from '../i18n/LocaleProvider';

const W = 520;
const H = 420;

function rings(g: Geometry | null): Position[][] {
  if (!g) return [];
  if (g.type === 'Polygon') return g.coordinates;
  if (g.type === 'MultiPolygon') return g.coordinates.flat();
  return [];
}

export function GisPreviewMap({ features }: { features: FeatureCollection }) {
  const t = useT();
  const base = useApiQuery('map.base', {});
  const grids = base.status === 'ok' ? base.data.grids.features : [];
  const view = useMemo(() => {
    let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
    const extend = (p: Position) => {
      w = Math.min(w, p[0]!);
      e = Math.max(e, p[0]!);
      s = Math.min(s, p[1]!);
      n = Math.max(n, p[1]!);
    };
    for (const f of grids) rings(f.geometry).forEach((r) => r.forEach(extend));
    for (const f of features.features) {
      if (f.geometry?.type === 'Point') extend(f.geometry.coordinates);
      else rings(f.geometry).forEach((r) => r.forEach(extend));
    }
    if (!Number.isFinite(w)) return null;
    const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
    const scale = Math.min((W - 20) / Math.max(1e-9, (e - w) * kx), (H - 20) / Math.max(1e-9, n - s));
    const x = (p: Position) => 10 + (p[0]! - w) * kx * scale;
    const y = (p: Position) => H - 10 - (p[1]! - s) * scale;
    const path = (g: Geometry | null) => rings(g).map((r) => `M${r.map((p) => `${x(p).toFixed(1)},${y(p).toFixed(1)}`).join('L')}Z`).join('');
    return { x, y, path };
  }, [grids, features]);
  return (
    <div data-testid="gis-preview-map" style={{ border: '1px solid #d0d7de', borderRadius: 6, background: '#f6f8fa' }}>
      <svg width={W} height={H} role="img" aria-label={t('gis.legend.imported')}>
        {view && grids.map((f, i) => <path key={`g${i}`} d={view.path(f.geometry)} fill="#e9ecef" stroke="#868e96" strokeWidth={0.8} />)}
        {view &&
          features.features.map((f, i) =>
            f.geometry?.type === 'Point' ? (
              <circle key={`f${i}`} cx={view.x(f.geometry.coordinates)} cy={view.y(f.geometry.coordinates)} r={3} fill="#e8590c" />
            ) : (
              <path key={`f${i}`} d={view.path(f.geometry)} fill="rgba(232,89,12,0.25)" stroke="#e8590c" strokeWidth={1} />
            ),
          )}
      </svg>
      <div style={{ display: 'flex', gap: 16, padding: '4px 10px', fontSize: 12 }}>
        <span><span style={{ display: 'inline-block', width: 12, height: 10, background: '#e9ecef', border: '1px solid #868e96', marginRight: 4 }} />{t('gis.legend.existing')}</span>
        <span><span style={{ display: 'inline-block', width: 12, height: 10, background: 'rgba(232,89,12,0.25)', border: '1px solid #e8590c', marginRight: 4 }} />{t('gis.legend.imported')}</span>
      </div>
    </div>
  );
}
