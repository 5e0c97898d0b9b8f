// Steps 3 and 4 for the residents register: each row's cells normalised and checked
// (required fields, the ID number by GB 11643, birth date and gender typed against the
// ones the ID encodes, phone, address). A row either becomes a ResidentRow or carries
// every reason it is refused, so one round of fixing is enough.
import type { ResidentImportField } from '../../../../shared/registerImport';
import { idNumberGender } from '../../validation/idNumber';
import { EMPTY, shownText, type Cell } from '../cell';
import { compactText, tidyText } from '../cleanText';
import type { MappedColumn } from '../mapColumns';
import { normaliseDate, sameDate } from '../normaliseDate';
import { normaliseGender } from '../normaliseGender';
import { idNumberBirthDate, normaliseIdNumber } from '../normaliseIdNumber';
import { normalisePhone } from '../normalisePhone';
import { normaliseRelation, type Relation } from '../normaliseRelation';
import { parseAddress, partNumber, type ParsedAddress } from '../parseAddress';
import { isMaskedIdNumber, isMaskedName, isMaskedPhone } from '../maskedCells';
import { RESIDENT_COLUMNS } from './residentColumns';
import type { GridRow } from '../readWorkbook';
import type { RowIssue } from '../rowIssue';

export interface ResidentRow {
  sheet: string;
  row: number;
  /** As typed; masked (张**) when `nameMasked`. */
  name: string;
  /** Normalised; the mask as exported (110105********1234) when `idMasked`: the planner finds the person in the address's household. */
  idNumber: string;
  idMasked: boolean;
  nameMasked: boolean;
  /** From the ID number; null for a masked one. */
  gender: 'M' | 'F' | null;
  birthDate: string | null;
  /** Null keeps the phone on record (an empty cell, or a masked one: see `phoneMask`). */
  phone: string | null;
  /** A masked phone as exported (138****1234): it must match the phone on record. */
  phoneMask: string | null;
  relation: Relation;
  address: ParsedAddress;
  /** The address as the row gives it (the address cell, or the split columns joined). */
  addressText: string;
  householdNo: string | null;
  note: string | null;
}

export interface RowContext {
  sheet: string;
  columns: readonly MappedColumn<ResidentImportField>[];
  date1904: boolean;
  /** The street's own names (city, district, street, communities) stripped from the front of addresses. */
  addressPrefixes: readonly string[];
}

export type RowResult = { ok: true; row: ResidentRow } | { ok: false; issues: RowIssue[] };

const MAX_NAME = 50;
const GENDER_WORD = { M: '男', F: '女' } as const;

function fieldLabel(field: ResidentImportField): string {
  return RESIDENT_COLUMNS.fields.find((f) => f.field === field)!.label.zh;
}

export function residentRow(grid: GridRow, ctx: RowContext): RowResult {
  const issues: RowIssue[] = [];
  const column = (field: ResidentImportField) => ctx.columns.find((c) => c.field === field);
  const cell = (field: ResidentImportField): Cell => {
    const c = column(field);
    return c ? (grid.cells[c.index] ?? EMPTY) : EMPTY;
  };
  const refuse = (field: ResidentImportField, reason: RowIssue['reason'], detail?: string, value?: string) => {
    issues.push({
      sheet: ctx.sheet,
      row: grid.number,
      column: column(field)?.label ?? fieldLabel(field),
      value: value ?? shownText(cell(field)),
      reason,
      ...(detail === undefined ? {} : { detail }),
    });
  };

  const nameCell = cell('name');
  const name = nameCell.kind === 'text' ? compactText(nameCell.text) : '';
  const nameMasked = isMaskedName(name);
  if (nameCell.kind === 'empty' || name === '') refuse('name', 'required_missing');
  else if (nameCell.kind !== 'text' || /\d/.test(name) || name.length > MAX_NAME) refuse('name', 'name_invalid');

  // A masked ID number (an export for a role that sees them masked) is matched in its household by the planner.
  const idMask = isMaskedIdNumber(shownText(cell('idNumber'))) ? compactText(shownText(cell('idNumber'))).toUpperCase() : null;
  const id = idMask === null ? normaliseIdNumber(cell('idNumber')) : null;
  if (idMask === null && id === null) refuse('idNumber', 'required_missing');
  else if (id && !id.ok) refuse('idNumber', id.reason);
  const idNumber = idMask ?? (id?.ok ? id.value : null);
  const fullId = idMask === null ? idNumber : null;

  const gender = normaliseGender(cell('gender'));
  if (gender && !gender.ok) refuse('gender', gender.reason);
  if (gender?.ok && fullId && gender.value !== idNumberGender(fullId)) refuse('gender', 'gender_mismatch', GENDER_WORD[idNumberGender(fullId)]);

  const birth = normaliseDate(cell('birthDate'), ctx.date1904);
  if (birth && !birth.ok) refuse('birthDate', birth.reason);
  if (birth?.ok && fullId && !sameDate(birth.value, idNumberBirthDate(fullId))) refuse('birthDate', 'birth_date_mismatch', idNumberBirthDate(fullId), birth.value);

  const phoneMask = isMaskedPhone(shownText(cell('phone'))) ? compactText(shownText(cell('phone'))) : null;
  const phone = phoneMask === null ? normalisePhone(cell('phone')) : null;
  if (phone && !phone.ok) refuse('phone', phone.reason);

  const relation = normaliseRelation(cell('relation'));
  if (relation === null) refuse('relation', 'required_missing');

  const address = addressOf(cell, ctx);
  if (address.kind === 'missing') refuse('address', 'required_missing');
  else if (address.kind === 'unparsed') refuse(address.field, 'address_unparsed', undefined, address.text);

  const noteCell = cell('note');
  const householdNoCell = cell('householdNo');
  if (issues.length > 0 || !idNumber || relation === null || address.kind !== 'parsed') return { ok: false, issues };
  return {
    ok: true,
    row: {
      sheet: ctx.sheet,
      row: grid.number,
      name,
      idNumber,
      idMasked: idMask !== null,
      nameMasked,
      gender: fullId ? idNumberGender(fullId) : null,
      birthDate: fullId ? idNumberBirthDate(fullId) : null,
      phone: phone?.ok ? phone.value : null,
      phoneMask,
      relation,
      address: address.address,
      addressText: address.text,
      householdNo: householdNoCell.kind === 'empty' ? null : compactText(shownText(householdNoCell)) || null,
      note: noteCell.kind === 'empty' ? null : tidyText(shownText(noteCell)) || null,
    },
  };
}

type AddressResult =
  | { kind: 'missing' }
  | { kind: 'unparsed'; field: ResidentImportField; text: string }
  | { kind: 'parsed'; address: ParsedAddress; text: string };

/** The address from the address cell and the split columns (小区, 楼栋, 单元, 房号); a split column wins for its part. */
function addressOf(cell: (field: ResidentImportField) => Cell, ctx: RowContext): AddressResult {
  const whole = compactText(shownText(cell('address')));
  const estate = compactText(shownText(cell('estate')));
  const parts = { building: shownText(cell('building')), unit: shownText(cell('unit')), room: shownText(cell('room')) };
  const hasParts = Object.values(parts).some((p) => compactText(p) !== '');
  if (whole === '' && !hasParts) return { kind: 'missing' };
  const text = whole !== '' ? (estate && !whole.includes(estate) ? `${estate}${whole}` : whole) : `${estate}${compactText(parts.building)}${compactText(parts.unit)}${compactText(parts.room)}`;
  let parsed: ParsedAddress | null = whole !== '' ? parseAddress(estate && !whole.includes(estate) ? `${estate}${whole}` : whole, ctx.addressPrefixes) : null;
  if (whole !== '' && !parsed && !hasParts) return { kind: 'unparsed', field: 'address', text };
  if (hasParts) {
    const base: ParsedAddress = parsed ?? { place: estate, houseNumber: null, building: null, unit: null, floor: null, room: null };
    for (const [field, raw] of Object.entries(parts) as [('building' | 'unit' | 'room'), string][]) {
      if (compactText(raw) === '') continue;
      // A room column may hold the whole 2单元501 or 5楼1号: parse it as the tail of an address.
      const n = partNumber(raw) ?? (field === 'room' ? parseAddress(`1栋${raw}`)?.room ?? null : null);
      if (n === null) return { kind: 'unparsed', field, text: raw };
      if (field === 'building') base.building = n;
      else if (field === 'unit') base.unit = Number(n);
      else {
        base.room = n;
        base.floor = n.length >= 3 ? Number(n.slice(0, -2)) : null;
      }
    }
    if (!base.place && estate) base.place = estate;
    parsed = base;
  }
  if (!parsed || (parsed.building === null && parsed.houseNumber === null) || parsed.room === null) {
    return { kind: 'unparsed', field: whole !== '' ? 'address' : 'room', text };
  }
  return { kind: 'parsed', address: parsed, text };
}
