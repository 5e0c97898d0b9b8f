// One legend symbol, drawn like the map draws it.
export type SwatchShape = 'square' | 'circle' | 'ring' | 'dash' | 'line' | 'badge';

interface Props {
  shape: SwatchShape;
  color: string;
  /** Second colour: ring of a circle, or the glyph of a badge. */
  accent?: string;
  glyph?: string;
  size?: number;
}

export function Swatch({ shape, color, accent, glyph, size = 14 }: Props) {
  const s = size;
  const h = s / 2;
  return (
    <svg width={s} height={s} viewBox={`0 0 ${s} ${s}`} aria-hidden="true" style={{ flex: 'none' }}>
      {shape === 'square' && <rect x={1} y={1} width={s - 2} height={s - 2} rx={2} fill={color} stroke="rgba(0,0,0,0.2)" />}
      {shape === 'circle' && <circle cx={h} cy={h} r={h - 2} fill={color} stroke={accent ?? '#fff'} strokeWidth={accent ? 2.5 : 1.2} />}
      {shape === 'ring' && <circle cx={h} cy={h} r={h - 2.2} fill="#fff" stroke={color} strokeWidth={2.4} />}
      {shape === 'line' && <line x1={0} y1={h} x2={s} y2={h} stroke={color} strokeWidth={3} />}
      {shape === 'dash' && <line x1={0} y1={h} x2={s} y2={h} stroke={color} strokeWidth={2} strokeDasharray="3 2" />}
      {shape === 'badge' && (
        <>
          <circle cx={h} cy={h} r={h - 1.5} fill="#fff" stroke={color} strokeWidth={2} />
          <text x={h} y={h + 0.5} textAnchor="middle" dominantBaseline="middle" fontSize={s * 0.55} fill={accent ?? color}>
            {glyph}
          </text>
        </>
      )}
    </svg>
  );
}
