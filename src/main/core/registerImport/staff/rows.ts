// A grid staff register row, normalised and checked on its own (the grid, building and
// person it names are matched later, against the street): the post word, the holder's name,
// phone (+86, dashes and spaces as registers write them, through the import's phone
// normaliser), ID number (optional: it links the post to the holder's resident record),
// start date and Party membership. A phone or ID number as the export masks it (138****1234)
// is kept as a mask: it can only mean "as registered", which the planner checks. A row
// becomes a StaffRow or carries every reason it is refused, so one round of fixing is enough.
import type { StaffRole } from '../../../../shared/domain';
import type { ImportReason } from '../../../../shared/registerImport';
import { EMPTY, shownText, type Cell } from '../cell';
import { choice } from '../cellWords';
import { compactText } from '../cleanText';
import type { MappedColumn } from '../mapColumns';
import { normaliseDate } from '../normaliseDate';
import { normaliseIdNumber } from '../normaliseIdNumber';
import { normalisePhone } from '../normalisePhone';
import type { GridRow } from '../readWorkbook';
import type { RowResult } from '../registerKind';
import type { RowIssue } from '../rowIssue';
import { PARTY_WORDS, POST_WORDS, STAFF_COLUMNS, type StaffImportField } from './columns';

/** A value as the row gives it in full, or as the export masked it. */
export type MaybeMasked = { masked: false; value: string } | { masked: true; value: string };

export interface StaffRow {
  role: StaffRole;
  /** The grid as written (a label, name or code); null when the row leaves it out. */
  grid: string | null;
  /** The building as written (楼栋长 only). */
  building: string | null;
  name: string;
  phone: MaybeMasked;
  idNumber: MaybeMasked | null;
  startDate: string | null;
  /** null when the row does not say. */
  partyMember: boolean | null;
}

export interface StaffRowContext {
  sheet: string;
  columns: readonly MappedColumn<StaffImportField>[];
  date1904: boolean;
}

const MAX_NAME = 50;
/** 138****1234, 023****3456: maskPhone's shape. */
const MASKED_PHONE = /^[\d-]{3}\*{4}\d{4}$/;
/** 500107********1234: maskIdNumber's shape. */
const MASKED_ID = /^\d{6}\*{8}\d{3}[\dX]$/;

function labelOf(columns: readonly MappedColumn<StaffImportField>[], field: StaffImportField): string {
  return columns.find((c) => c.field === field)?.label ?? STAFF_COLUMNS.fields.find((f) => f.field === field)!.label.zh;
}

export function staffRow(grid: GridRow, ctx: StaffRowContext): RowResult<StaffRow> {
  const issues: RowIssue[] = [];
  const cell = (field: StaffImportField): Cell => {
    const c = ctx.columns.find((col) => col.field === field);
    return c ? (grid.cells[c.index] ?? EMPTY) : EMPTY;
  };
  const text = (field: StaffImportField) => compactText(shownText(cell(field)));
  const refuse = (field: StaffImportField, reason: ImportReason, detail?: string) =>
    issues.push({ sheet: ctx.sheet, row: grid.number, column: labelOf(ctx.columns, field), value: shownText(cell(field)), reason, ...(detail === undefined ? {} : { detail }) });

  const post = choice(cell('post'), POST_WORDS);
  if (post === null) refuse('post', 'required_missing');
  else if (!post.ok) refuse('post', 'post_invalid');
  const role = post?.ok ? post.value : null;

  const gridText = text('grid') || null;
  const building = text('building') || null;
  if (role === 'building_head' && building === null) refuse('building', 'required_missing');
  if (role !== null && role !== 'building_head' && building !== null) refuse('building', 'building_head_only_column');
  // A 楼栋长's grid follows from the building; every other post names its grid.
  if (role !== null && role !== 'building_head' && gridText === null) refuse('grid', 'required_missing');

  const nameCell = cell('name');
  const name = nameCell.kind === 'text' ? compactText(nameCell.text) : '';
  if (nameCell.kind === 'empty' || name === '') refuse('name', 'required_missing');
  else if (nameCell.kind !== 'text' || /\d/.test(name) || name.length > MAX_NAME) refuse('name', 'name_invalid');

  let phone: MaybeMasked | null = null;
  const phoneText = text('phone');
  if (MASKED_PHONE.test(phoneText)) phone = { masked: true, value: phoneText };
  else {
    const p = normalisePhone(cell('phone'));
    if (p === null) refuse('phone', 'required_missing');
    else if (!p.ok) refuse('phone', p.reason);
    else phone = { masked: false, value: p.value };
  }

  let idNumber: MaybeMasked | null = null;
  const idText = text('idNumber').toUpperCase();
  if (MASKED_ID.test(idText)) idNumber = { masked: true, value: idText };
  else {
    const id = normaliseIdNumber(cell('idNumber'));
    if (id && !id.ok) refuse('idNumber', id.reason);
    else if (id?.ok) idNumber = { masked: false, value: id.value };
  }

  const start = normaliseDate(cell('startDate'), ctx.date1904);
  // A post is taken up on a day: 2024年3月 alone does not say which.
  if (start && (!start.ok || start.value.length !== 10)) refuse('startDate', 'date_invalid');

  const party = choice(cell('partyMember'), PARTY_WORDS);
  if (party && !party.ok) refuse('partyMember', 'party_member_invalid');

  if (issues.length > 0 || role === null || phone === null) return { ok: false, issues };
  return {
    ok: true,
    row: {
      role,
      grid: gridText,
      building,
      name,
      phone,
      idNumber,
      startDate: start?.ok ? start.value : null,
      partyMember: party?.ok ? party.value === 'yes' : null,
    },
  };
}
