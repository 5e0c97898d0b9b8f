// Speaker notes under the slide (presenter view): what to say, and what comes next.
import { Fragment, type ReactNode } from 'react';
import { useT } from '../i18n/LocaleProvider';

export function NotesPanel({ notes, nextTitle }: { notes: readonly ReactNode[]; nextTitle: ReactNode | null }) {
  const t = useT();
  return (
    <div className="briefing-notes" data-testid="briefing-notes">
      <b>{t('briefing.notes.title')}</b>
      <ul style={{ margin: '4px 0 6px', paddingLeft: 22 }}>
        {notes.map((n, i) => (
          // The notes of one slide never reorder: their place is their key.
          <li key={i}>{n}</li>
        ))}
      </ul>
      {nextTitle !== null && (
        <div style={{ color: '#a9bedd' }}>
          {/* The title may carry names marked as data: put it where {title} stands. */}
          {t('briefing.notes.next', { title: '{title}' })
            .split('{title}')
            .flatMap((piece, i) => (i === 0 ? [piece] : [<Fragment key={i}>{nextTitle}</Fragment>, piece]))}
        </div>
      )}
    </div>
  );
}
