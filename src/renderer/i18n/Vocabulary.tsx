// How the UI shows what the core sends as codes beside data: a case's category, an actor
// (a role word, then a name) and an event's note (the core's phrases in the UI language, a
// person's text as typed). Names, addresses and typed text sit in a <DataField>, marked
// `data-field`: they are shown as stored, in whatever language they were written.
import { Fragment, type ReactNode } from 'react';
import type { ActorLabel, NotePart } from '../../shared/caseNotes';
import type { AssigneeOption } from '../../shared/cases';
import { useLocale } from './LocaleProvider';
import { catalogs } from './locales';
import type { MessageKey } from './messages';
import type { Translate } from './translate';

/** Data shown as stored (a person's or a place's name, an address, typed text): marked for the English-mode check. */
export function DataField({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <span data-field="" data-testid={testId}>
      {children}
    </span>
  );
}

type OpenTranslate = (prefix: string, value: string, fallback?: string) => string;

/** A case category by its catalogue code; a code the catalog does not know shows the stored name. */
export function categoryLabel(tOpen: OpenTranslate, code: string, name: string): string {
  return tOpen('caseCategory', code, name);
}

/** An actor as plain text (tooltips, titles): '网格员 石若琪', 'Grid worker 石若琪'. */
export function actorText(t: Translate, actor: ActorLabel): string {
  return [actor.role ? t(`actor.${actor.role}`) : '', actor.name].filter(Boolean).join(' ');
}

export function ActorName({ actor }: { actor: ActorLabel }) {
  const { t } = useLocale();
  const role = actor.role ? t(`actor.${actor.role}`) : '';
  return (
    <>
      {role}
      {role && actor.name ? ' ' : ''}
      {actor.name && <DataField>{actor.name}</DataField>}
    </>
  );
}

/** What a handler is: '网格员 · <grid>' / 'Grid worker · <grid>', or the kind of department. */
export function AssigneeDetail({ option }: { option: Pick<AssigneeOption, 'describe'> }) {
  const { t } = useLocale();
  const d = option.describe;
  if (d.kind === 'department') return <>{t(`departmentKind.${d.departmentKind}`)}</>;
  return (
    <>
      {t(`staffRole.${d.role}`)} · <DataField>{d.gridName}</DataField>
    </>
  );
}

/** A message whose {placeholders} are data: the words in the UI language, each value marked as data (pass the catalog's template, placeholders in). */
export function withFields(message: string, fields: Readonly<Record<string, ReactNode>>): ReactNode[] {
  return message.split(/(\{\w+\})/).map((piece, i) => {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (name === undefined || !(name in fields)) return piece;
    return <DataField key={i}>{fields[name]}</DataField>;
  });
}

function notePart(part: NotePart, t: Translate, template: (key: MessageKey) => string): ReactNode {
  switch (part.kind) {
    case 'text':
      return <DataField>{part.text}</DataField>;
    case 'dispatchedTo':
    case 'reassignedTo':
      return withFields(template(`caseNote.${part.kind}`), { name: <ActorName actor={part.to} /> });
    case 'autoDispatchRule':
      return t('caseNote.autoDispatchRule', { id: String(part.ruleId) });
    case 'coHandling':
      return withFields(template('caseNote.coHandling'), { names: part.names.join(t('caseNote.listSeparator')) });
    case 'duplicateOf':
    case 'mergedDuplicate':
      return t(`caseNote.${part.kind}`, { code: part.code });
    case 'verifiedClosed':
      return t('caseNote.verifiedClosed');
    case 'satisfaction':
      return t('caseNote.satisfaction', { stars: part.stars });
    case 'extensionRequested':
    case 'extensionApproved':
      return t(`caseNote.${part.kind}`, { amount: part.amount, unit: t(`workUnit.${part.unit}`) });
  }
}

/** An event's note in the UI language: the core's phrases worded, a person's text as typed. */
export function NoteText({ parts }: { parts: readonly NotePart[] }) {
  const { t, locale } = useLocale();
  // The message with its {placeholders} still in, to put the names in as data.
  const template = (key: MessageKey) => catalogs[locale][key];
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && part.kind !== 'autoDispatchRule' ? t('caseNote.separator') : ''}
          {notePart(part, t, template)}
        </Fragment>
      ))}
    </>
  );
}
