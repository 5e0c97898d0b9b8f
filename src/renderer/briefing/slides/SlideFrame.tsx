// The frame of a content slide: title band with the scope and period, body, footer with
// the page number.
import type { ReactNode } from 'react';
import { catalogs } from '../../i18n/locales';
import { DataField, withFields } from '../../i18n/Vocabulary';
import { fmtPeriod } from '../format';
import type { SlideContext } from '../slideContext';

export function SlideFrame({ ctx, title, children, testId }: { ctx: SlideContext; title: ReactNode; children: ReactNode; testId: string }) {
  const { deck, t } = ctx;
  return (
    <div className="bs-frame" data-testid={testId}>
      <header className="bs-head">
        <div className="bs-title">{title}</div>
        <div className="bs-sub">
          <DataField>{deck.scope.name}</DataField> · {fmtPeriod(t, deck.period)}
        </div>
      </header>
      <div className="bs-body">{children}</div>
      <footer className="bs-foot">
        <span>{withFields(catalogs[t.locale]['briefing.footer'], { street: deck.streetName })}</span>
        <span>{t('briefing.counter', { n: ctx.page, total: ctx.pages })}</span>
      </footer>
    </div>
  );
}
