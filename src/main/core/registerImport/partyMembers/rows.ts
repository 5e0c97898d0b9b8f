// A row of the Party members register normalised and checked on its own. The ID number
// goes through the import's normaliser (GB 11643: typed as a number, 5.00103E+17 refused,
// 15 digits upgraded, lower-case x, full-width); the birth date and gender typed beside it
// must agree with it. A masked cell (张**, 138****1234, 500107********1234: an export for a
// role that sees them masked) is passed on for the planner to match against the record.
import type { PartyMemberCategory } from '../../../../shared/domain';
import { idNumberGender } from '../../validation/idNumber';
import { compactText, tidyText } from '../cleanText';
import { fieldCells } from '../fieldCells';
import type { MappedColumn } from '../mapColumns';
import { normaliseDate, sameDate } from '../normaliseDate';
import { normaliseGender } from '../normaliseGender';
import { idNumberBirthDate, normaliseIdNumber } from '../normaliseIdNumber';
import { normalisePhone } from '../normalisePhone';
import type { GridRow } from '../readWorkbook';
import type { RowIssue } from '../rowIssue';
import { ALLOWED_CATEGORY_WORDS, categoryOfWord, PARTY_MEMBER_COLUMNS, type PartyMemberField } from './columns';

/** A value as the row gives it: in full, or masked (to be matched against the record). */
export type Given = { masked: false; value: string } | { masked: true; value: string };

export interface PartyMemberRow {
  sheet: string;
  row: number;
  name: Given;
  /** Null when the row leaves it empty (a member without one on record, see plan.ts). */
  idNumber: Given | null;
  gender: 'M' | 'F';
  org: string;
  category: PartyMemberCategory;
  /** YYYY-MM-DD, or YYYY-MM when the register gives the month only. */
  joinedOn: string;
  phone: Given;
  address: string | null;
  /** The community's name, or null for none. */
  reportCommunity: string | null;
}

export interface PartyMemberRowContext {
  sheet: string;
  columns: readonly MappedColumn<PartyMemberField>[];
  date1904: boolean;
}

export type PartyMemberRowResult = { ok: true; row: PartyMemberRow } | { ok: false; issues: RowIssue[] };

const MAX_NAME = 50;
const MASKED_ID = /^\d{6}\*{8}[\dX]{4}$/;
const GENDER_WORD = { M: '男', F: '女' } as const;
const NONE = new Set(['无', '否', '未报到', '/', '-']);

export function partyMemberRow(grid: GridRow, ctx: PartyMemberRowContext): PartyMemberRowResult {
  const f = fieldCells(PARTY_MEMBER_COLUMNS, ctx.sheet, ctx.columns, grid);

  const nameText = compactText(f.text('name'));
  if (nameText === '') f.refuse('name', 'required_missing');
  else if (f.cell('name').kind !== 'text' || /\d/.test(nameText) || nameText.length > MAX_NAME) f.refuse('name', 'name_invalid');
  const name: Given = { masked: nameText.includes('*'), value: nameText };

  let idNumber: Given | null = null;
  const idText = compactText(f.text('idNumber')).toUpperCase();
  if (idText.includes('*')) {
    if (MASKED_ID.test(idText)) idNumber = { masked: true, value: idText };
    else f.refuse('idNumber', 'id_format');
  } else {
    const id = normaliseIdNumber(f.cell('idNumber'));
    if (id && !id.ok) f.refuse('idNumber', id.reason);
    else if (id?.ok) idNumber = { masked: false, value: id.value };
  }
  const fullId = idNumber && !idNumber.masked ? idNumber.value : null;

  const gender = normaliseGender(f.cell('gender'));
  if (gender && !gender.ok) f.refuse('gender', gender.reason);
  if (gender?.ok && fullId && gender.value !== idNumberGender(fullId)) f.refuse('gender', 'gender_mismatch', GENDER_WORD[idNumberGender(fullId)]);
  // Without the full ID number the gender is the row's own word.
  if (!gender && !fullId) f.refuse('gender', 'required_missing');

  const birth = normaliseDate(f.cell('birthDate'), ctx.date1904);
  if (birth && !birth.ok) f.refuse('birthDate', birth.reason);
  if (birth?.ok && fullId && !sameDate(birth.value, idNumberBirthDate(fullId))) f.refuse('birthDate', 'birth_date_mismatch', idNumberBirthDate(fullId), birth.value);

  const org = compactText(f.text('org'));
  if (org === '') f.refuse('org', 'required_missing');

  const categoryText = compactText(f.text('category'));
  const category = categoryText === '' ? null : categoryOfWord(categoryText);
  if (categoryText === '') f.refuse('category', 'required_missing');
  else if (category === null) f.refuse('category', 'member_category_unknown', ALLOWED_CATEGORY_WORDS);

  const joined = normaliseDate(f.cell('joinedOn'), ctx.date1904);
  if (joined === null) f.refuse('joinedOn', 'required_missing');
  else if (!joined.ok) f.refuse('joinedOn', joined.reason);

  const phoneText = compactText(f.text('phone'));
  const phone = phoneText.includes('*') ? { ok: true as const, value: phoneText, masked: true } : normalisePhone(f.cell('phone'));
  if (phone === null) f.refuse('phone', 'required_missing');
  else if (!phone.ok) f.refuse('phone', phone.reason);

  const address = tidyText(f.text('address'));
  const community = compactText(f.text('reportCommunity'));

  const sex = fullId ? idNumberGender(fullId) : gender?.ok ? gender.value : null;
  if (f.issues.length > 0 || sex === null || category === null || !joined?.ok || !phone?.ok) return { ok: false, issues: f.issues };
  return {
    ok: true,
    row: {
      sheet: ctx.sheet,
      row: grid.number,
      name,
      idNumber,
      gender: sex,
      org,
      category,
      joinedOn: joined.value,
      phone: { masked: 'masked' in phone, value: phone.value },
      address: address === '' ? null : address,
      reportCommunity: community === '' || NONE.has(community) ? null : community,
    },
  };
}
