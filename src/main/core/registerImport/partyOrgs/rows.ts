// A row of the Party organisations register normalised and checked on its own: the name,
// the kind (a word of 组织类别), the parent by name (resolved later, against the file and
// the street), the secretary and phone, the meeting place, what it covers (a list: grids
// as 铁马·11网格 or by code, buildings and tenants by name) and the founding date. A row
// becomes a PartyOrgRow or carries every reason it is refused.
import type { PartyOrgKind } from '../../../../shared/domain';
import { compactText } from '../cleanText';
import { fieldCells } from '../fieldCells';
import type { MappedColumn } from '../mapColumns';
import { normaliseDate } from '../normaliseDate';
import { normalisePhone } from '../normalisePhone';
import type { GridRow } from '../readWorkbook';
import type { RowIssue } from '../rowIssue';
import { PARTY_ORG_COLUMNS, type PartyOrgField } from './columns';
import { ALLOWED_KIND_WORDS, kindOfWord } from './kindWords';

export interface PartyOrgRow {
  sheet: string;
  row: number;
  name: string;
  kind: PartyOrgKind;
  /** 层级 as the row gives it (checked against the parent's), or null. */
  level: number | null;
  /** The parent's name, null for the street's working committee. */
  parent: string | null;
  secretary: string;
  secretaryPhone: string;
  /** The building it meets in, by name or code; null to take its first covered building. */
  place: string | null;
  /** Null when the row leaves 覆盖范围 empty (the coverage on record stays). */
  coverage: string[] | null;
  /** YYYY-MM-DD, or YYYY-MM when the register gives the month only. */
  foundedOn: string;
}

export interface PartyOrgRowContext {
  sheet: string;
  columns: readonly MappedColumn<PartyOrgField>[];
  date1904: boolean;
}

export type PartyOrgRowResult = { ok: true; row: PartyOrgRow } | { ok: false; issues: RowIssue[] };

const MAX_NAME = 100;
const LEVEL_WORDS: Readonly<Record<string, number>> = { '1': 1, '2': 2, '3': 3, '4': 4, 一: 1, 二: 2, 三: 3, 四: 4, 一级: 1, 二级: 2, 三级: 3, 四级: 4, 第一级: 1, 第二级: 2, 第三级: 3, 第四级: 4 };
/** Items of a list in one cell: 铁马·11网格；铁马·12网格、3栋. */
const LIST_SEPARATORS = /[;；,，、\n\r]+/;

export function splitList(text: string): string[] {
  return text
    .split(LIST_SEPARATORS)
    .map((t) => compactText(t))
    .filter((t) => t !== '');
}

export function partyOrgRow(grid: GridRow, ctx: PartyOrgRowContext): PartyOrgRowResult {
  const f = fieldCells(PARTY_ORG_COLUMNS, ctx.sheet, ctx.columns, grid);
  const name = compactText(f.text('name'));
  if (name === '') f.refuse('name', 'required_missing');
  else if (name.length > MAX_NAME) f.refuse('name', 'name_invalid');

  const kindText = compactText(f.text('kind'));
  const kind = kindText === '' ? null : kindOfWord(kindText);
  if (kindText === '') f.refuse('kind', 'required_missing');
  else if (kind === null) f.refuse('kind', 'org_kind_unknown', ALLOWED_KIND_WORDS);

  const levelText = compactText(f.text('level'));
  const level = levelText === '' ? null : (LEVEL_WORDS[levelText] ?? null);
  if (levelText !== '' && level === null) f.refuse('level', 'org_level_invalid');

  const parentText = compactText(f.text('parent'));
  const parent = parentText === '' || parentText === '无' || parentText === '/' ? null : parentText;
  if (parent === null && kind !== null && kind !== 'street_committee') f.refuse('parent', 'required_missing');
  if (parent !== null && parent === name) f.refuse('parent', 'org_parent_cycle', name);

  const secretary = compactText(f.text('secretary'));
  if (secretary === '') f.refuse('secretary', 'required_missing');
  else if (/\d/.test(secretary) || secretary.length > 50) f.refuse('secretary', 'name_invalid');

  // A masked phone (138****1234, from an export) goes to the planner, which keeps the one on record.
  const phoneText = compactText(f.text('secretaryPhone'));
  const phone = phoneText.includes('*') ? { ok: true as const, value: phoneText } : normalisePhone(f.cell('secretaryPhone'));
  if (phone === null) f.refuse('secretaryPhone', 'required_missing');
  else if (!phone.ok) f.refuse('secretaryPhone', phone.reason);

  const founded = normaliseDate(f.cell('foundedOn'), ctx.date1904);
  if (founded === null) f.refuse('foundedOn', 'required_missing');
  else if (!founded.ok) f.refuse('foundedOn', founded.reason);

  const placeText = compactText(f.text('place'));
  const coverageText = f.text('coverage');
  const coverage = compactText(coverageText) === '' ? null : splitList(coverageText);

  if (f.issues.length > 0 || kind === null || !phone?.ok || !founded?.ok) return { ok: false, issues: f.issues };
  return {
    ok: true,
    row: {
      sheet: ctx.sheet,
      row: grid.number,
      name,
      kind,
      level,
      parent,
      secretary,
      secretaryPhone: phone.value,
      place: placeText === '' ? null : placeText,
      coverage,
      foundedOn: founded.value,
    },
  };
}
