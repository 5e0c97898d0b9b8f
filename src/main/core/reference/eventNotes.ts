// The phrases the core itself writes into a case event's note (派遣至…, 会商联办：…,
// 满意度评价：4星 …), written and read back in one place. The stored note stays Chinese
// text (the ledger exports it as is); the timeline gets it back as parts: the core's
// phrases as codes with their values, worded by the UI in its language, and what a person
// typed as text. Parts are joined by '；', a rule number follows its dispatch directly,
// and a request's reason follows it after '：'.
import type { NotePart } from '../../../shared/caseNotes';
import type { WorkUnit } from '../../../shared/cases';
import { actorLabelText, readActor } from './actors';

const UNIT_WORD: Record<WorkUnit, string> = { work_hour: '个工作时', work_day: '个工作日' };
const UNIT_OF: Readonly<Record<string, WorkUnit>> = { 个工作时: 'work_hour', 个工作日: 'work_day' };
const CODE = '[A-Z]{2}\\d+';
const UNIT = '(个工作时|个工作日)';

function phrase(part: Exclude<NotePart, { kind: 'text' }>): string {
  switch (part.kind) {
    case 'dispatchedTo':
      return `派遣至${actorLabelText(part.to)}`;
    case 'autoDispatchRule':
      return `（自动派遣规则 #${part.ruleId}）`;
    case 'coHandling':
      return `会商联办：${part.names.join('、')}`;
    case 'reassignedTo':
      return `改派至${actorLabelText(part.to)}`;
    case 'duplicateOf':
      return `与${part.code}重复，已合并`;
    case 'mergedDuplicate':
      return `合并重复案件${part.code}`;
    case 'verifiedClosed':
      return '核查通过，予以结案';
    case 'satisfaction':
      return `满意度评价：${part.stars}星`;
    case 'extensionRequested':
      return `申请延期${part.amount}${UNIT_WORD[part.unit]}`;
    case 'extensionApproved':
      return `批准延期${part.amount}${UNIT_WORD[part.unit]}`;
  }
}

/** The stored note for these parts; empty text parts are left out. */
export function writeNote(parts: readonly NotePart[]): string {
  let out = '';
  let previous: NotePart | null = null;
  for (const part of parts) {
    const text = part.kind === 'text' ? part.text.trim() : phrase(part);
    if (text === '') continue;
    if (previous !== null) out += part.kind === 'autoDispatchRule' ? '' : previous.kind === 'extensionRequested' ? '：' : '；';
    out += text;
    previous = part;
  }
  return out;
}

interface Reader {
  pattern: RegExp;
  part: (m: RegExpExecArray) => Exclude<NotePart, { kind: 'text' }>;
}

// Sticky patterns, tried where the previous part ended. Names stop at the separators the
// writer puts after them (names of people and departments never contain them).
const READERS: readonly Reader[] = [
  { pattern: /派遣至([^；（：]+)/y, part: (m) => ({ kind: 'dispatchedTo', to: readActor(m[1]!) }) },
  { pattern: /（自动派遣规则 #(\d+)）/y, part: (m) => ({ kind: 'autoDispatchRule', ruleId: Number(m[1]) }) },
  { pattern: /会商联办：([^；]+)/y, part: (m) => ({ kind: 'coHandling', names: m[1]!.split('、') }) },
  { pattern: /改派至([^；（：]+)/y, part: (m) => ({ kind: 'reassignedTo', to: readActor(m[1]!) }) },
  { pattern: new RegExp(`与(${CODE})重复，已合并`, 'y'), part: (m) => ({ kind: 'duplicateOf', code: m[1]! }) },
  { pattern: new RegExp(`合并重复案件(${CODE})`, 'y'), part: (m) => ({ kind: 'mergedDuplicate', code: m[1]! }) },
  { pattern: /核查通过，予以结案/y, part: () => ({ kind: 'verifiedClosed' }) },
  { pattern: /满意度评价：([1-5])星/y, part: (m) => ({ kind: 'satisfaction', stars: Number(m[1]) }) },
  { pattern: new RegExp(`申请延期(\\d+)${UNIT}`, 'y'), part: (m) => ({ kind: 'extensionRequested', amount: Number(m[1]), unit: UNIT_OF[m[2]!]! }) },
  { pattern: new RegExp(`批准延期(\\d+)${UNIT}`, 'y'), part: (m) => ({ kind: 'extensionApproved', amount: Number(m[1]), unit: UNIT_OF[m[2]!]! }) },
];

/** The parts of a stored note: the core's phrases from the start, then whatever a person wrote as text. */
export function readNote(note: string): NotePart[] {
  const parts: NotePart[] = [];
  let at = 0;
  for (;;) {
    if (parts.length > 0 && (note[at] === '；' || note[at] === '：')) at += 1;
    let found: NotePart | null = null;
    for (const reader of READERS) {
      reader.pattern.lastIndex = at;
      const m = reader.pattern.exec(note);
      if (m) {
        found = reader.part(m);
        at = reader.pattern.lastIndex;
        break;
      }
    }
    if (!found) break;
    parts.push(found);
  }
  const rest = note.slice(at).trim();
  if (rest !== '') parts.push({ kind: 'text', text: rest });
  return parts;
}
