// A facilities register row, normalised and checked on its own (its point and name are matched
// later, against the street): name, kind (one of the domain's kinds, a refusal names them),
// community, address, opening hours, and a longitude and latitude in WGS-84 decimal degrees
// (106.5096, '106.5096°', '东经106.5096' as registers write them). A row becomes a FacilityRow
// or carries every reason it is refused, so one round of fixing is enough.
import type { FacilityKind } from '../../../../shared/domain';
import type { ImportReason } from '../../../../shared/registerImport';
import { EMPTY, shownText, type Cell } from '../cell';
import { allowedWords, choice } from '../cellWords';
import { compactText, tidyText } from '../cleanText';
import type { MappedColumn } from '../mapColumns';
import type { GridRow } from '../readWorkbook';
import type { RowResult } from '../registerKind';
import type { RowIssue } from '../rowIssue';
import { FACILITY_COLUMNS, FACILITY_KIND_WORDS, type FacilityImportField } from './columns';

export interface FacilityRow {
  name: string;
  kind: FacilityKind;
  community: string | null;
  address: string | null;
  openHours: string | null;
  lng: number;
  lat: number;
}

export interface FacilityRowContext {
  sheet: string;
  columns: readonly MappedColumn<FacilityImportField>[];
}

/** The facility register's own limits (shared/orgRegisters.ts facilityCreateInput). */
const LIMITS = { name: 100, address: 200, openHours: 60 } as const;
/** Where a WGS-84 point in China can be; outside, the figure is not a coordinate of this register (or lng/lat are swapped). */
const RANGE = { lng: [73, 136], lat: [3, 54] } as const;

export const ALLOWED_KINDS = allowedWords(FACILITY_KIND_WORDS);

/** A coordinate in decimal degrees, from a number or text with a degree sign or 东经/北纬/E/N around it. */
function degrees(cell: Cell, range: readonly [number, number]): number | null | 'invalid' {
  if (cell.kind === 'empty') return null;
  let n: number;
  if (cell.kind === 'number') n = cell.value;
  else if (cell.kind === 'text') {
    const s = compactText(cell.text).replace(/^(东经|北纬|[EN])/i, '').replace(/(°|度|[EN])$/i, '');
    if (s === '') return null;
    if (!/^\d{1,3}(\.\d+)?$/.test(s)) return 'invalid';
    n = Number(s);
  } else return 'invalid';
  return Number.isFinite(n) && n >= range[0] && n <= range[1] ? n : 'invalid';
}

export function facilityRow(grid: GridRow, ctx: FacilityRowContext): RowResult<FacilityRow> {
  const issues: RowIssue[] = [];
  const cell = (field: FacilityImportField): Cell => {
    const c = ctx.columns.find((col) => col.field === field);
    return c ? (grid.cells[c.index] ?? EMPTY) : EMPTY;
  };
  const label = (field: FacilityImportField) => ctx.columns.find((c) => c.field === field)?.label ?? FACILITY_COLUMNS.fields.find((f) => f.field === field)!.label.zh;
  const refuse = (field: FacilityImportField, reason: ImportReason, detail?: string) =>
    issues.push({ sheet: ctx.sheet, row: grid.number, column: label(field), value: shownText(cell(field)), reason, ...(detail === undefined ? {} : { detail }) });
  const textOf = (field: 'name' | 'address' | 'openHours'): string | null => {
    const t = tidyText(shownText(cell(field)));
    if (t.length > LIMITS[field]) {
      refuse(field, 'too_long', String(LIMITS[field]));
      return null;
    }
    return t || null;
  };

  const name = textOf('name');
  if (name === null && issues.length === 0) refuse('name', 'required_missing');
  const kind = choice(cell('kind'), FACILITY_KIND_WORDS);
  if (kind === null) refuse('kind', 'required_missing');
  else if (!kind.ok) refuse('kind', 'facility_kind_unknown', ALLOWED_KINDS);
  const address = textOf('address');
  const openHours = textOf('openHours');
  const community = compactText(shownText(cell('community'))) || null;

  const lng = degrees(cell('lng'), RANGE.lng);
  const lat = degrees(cell('lat'), RANGE.lat);
  if (lng === null) refuse('lng', 'required_missing');
  else if (lng === 'invalid') refuse('lng', 'coordinate_invalid');
  if (lat === null) refuse('lat', 'required_missing');
  else if (lat === 'invalid') refuse('lat', 'coordinate_invalid');

  if (issues.length > 0 || name === null || !kind?.ok || typeof lng !== 'number' || typeof lat !== 'number') return { ok: false, issues };
  return { ok: true, row: { name, kind: kind.value, community, address, openHours, lng, lat } };
}
