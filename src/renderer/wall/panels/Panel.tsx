// A titled box on the wall. Heights are set by the caller in design units (see wall.css).
import type { CSSProperties, ReactNode } from 'react';

interface Props {
  title: string;
  testId: string;
  /** Design units; omitted = take the room left in the column. */
  height?: number;
  aside?: ReactNode;
  children: ReactNode;
}

export function Panel({ title, testId, height, aside, children }: Props) {
  const style: CSSProperties = height === undefined ? { flex: 1 } : { flex: 'none', height: `calc(var(--u) * ${height})` };
  return (
    <section className="wall-panel" data-testid={testId} style={style}>
      <h2 className="wall-panel-title" style={aside ? { display: 'flex', justifyContent: 'space-between', margin: 0, marginBottom: 'calc(var(--u) * 8)' } : { margin: 0, marginBottom: 'calc(var(--u) * 8)' }}>
        <span data-wall-text>{title}</span>
        {aside}
      </h2>
      <div className="wall-panel-body">{children}</div>
    </section>
  );
}
