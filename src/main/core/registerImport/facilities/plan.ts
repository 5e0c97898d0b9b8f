// Matching facility rows to the facilities of the community (only reads): a facility is
// known by its name within its community. The row's point is placed as facility.create places
// it (grid management's PointGridIndex): outside every grid of the street, or in another
// community, it is refused. A known facility's kind, address and hours are updated
// (facility.update), its point moved (facility.move); an unknown name is a new facility.
import type { FacilityKind } from '../../../../shared/domain';
import { ApiError } from '../../../../shared/errors';
import { communityShortName } from '../../../../shared/gridLabel';
import type { ImportReason } from '../../../../shared/registerImport';
import type { Db } from '../../db/database';
import { placePoint } from '../../registers/facilities';
import { compactText, tidyText } from '../cleanText';
import type { KindPlan, ParsedRow, PlannedRow } from '../registerKind';
import type { RowIssue } from '../rowIssue';
import { FACILITY_COLUMNS, type FacilityImportField } from './columns';
import type { FacilityRow } from './rows';

export interface RegisteredFacility {
  id: number;
  kind: FacilityKind;
  name: string;
  address: string;
  openHours: string;
  lng: number;
  lat: number;
}

export interface FacilityContext {
  communityId: number;
  communityName: string;
  communityNames: Map<number, string>;
  byName: Map<string, RegisteredFacility>;
}

/** What the commit writes: a new facility, or a known one's fields (update) and point (move). */
export type FacilityTarget = { kind: 'create' } | { kind: 'change'; id: number; edit: boolean; move: boolean };

export type PlannedFacility = PlannedRow<FacilityRow, FacilityTarget>;

/** A point read back from a workbook differs from the stored one only by float noise. */
const SAME_POINT = 1e-7;

export function facilityContext(db: Db, communityId: number): FacilityContext {
  const communityNames = new Map((db.prepare('SELECT id, name FROM community').all() as { id: number; name: string }[]).map((c) => [c.id, c.name]));
  const rows = db
    .prepare('SELECT f.id, f.kind, f.name, f.address, f.open_hours, f.lng, f.lat FROM facility f JOIN grid g ON g.id = f.grid_id WHERE g.community_id = ? ORDER BY f.id')
    .all(communityId) as { id: number; kind: FacilityKind; name: string; address: string; open_hours: string; lng: number; lat: number }[];
  const byName = new Map<string, RegisteredFacility>();
  for (const r of rows) {
    const key = compactText(r.name);
    if (!byName.has(key)) byName.set(key, { id: r.id, kind: r.kind, name: r.name, address: r.address, openHours: r.open_hours, lng: r.lng, lat: r.lat });
  }
  return { communityId, communityName: communityNames.get(communityId) ?? '', communityNames, byName };
}

export function planFacilities(db: Db, rows: readonly ParsedRow<FacilityImportField, FacilityRow>[], ctx: FacilityContext): KindPlan<FacilityRow, FacilityTarget> {
  const issues: RowIssue[] = [];
  const refuse = (p: ParsedRow<FacilityImportField, FacilityRow>, field: FacilityImportField, reason: ImportReason, value: string, detail?: string) =>
    issues.push({
      sheet: p.sheet,
      row: p.row,
      column: p.columns.find((c) => c.field === field)?.label ?? FACILITY_COLUMNS.fields.find((f) => f.field === field)!.label.zh,
      value,
      reason,
      ...(detail === undefined ? {} : { detail }),
    });

  // A name twice in the file is refused at every occurrence: which row is right is the user's call.
  const byName = new Map<string, ParsedRow<FacilityImportField, FacilityRow>[]>();
  for (const p of rows) byName.set(compactText(p.data.name), [...(byName.get(compactText(p.data.name)) ?? []), p]);

  const planned: PlannedFacility[] = [];
  for (const p of rows) {
    const d = p.data;
    const same = byName.get(compactText(d.name))!;
    let ok = true;
    if (same.length > 1) {
      refuse(p, 'name', 'name_twice_in_file', d.name, same.filter((o) => o !== p).map((o) => `${o.sheet} 第${o.row}行`).join('、'));
      ok = false;
    }
    if (d.community !== null && d.community !== compactText(ctx.communityName) && d.community !== communityShortName(ctx.communityName)) {
      refuse(p, 'community', 'community_differs', d.community, ctx.communityName);
      ok = false;
    }
    try {
      const place = placePoint(db, d.lng, d.lat);
      if (place.communityId !== ctx.communityId) {
        refuse(p, 'lng', 'point_other_community', `${d.lng}, ${d.lat}`, ctx.communityNames.get(place.communityId) ?? String(place.communityId));
        ok = false;
      }
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      refuse(p, 'lng', 'point_outside_street', `${d.lng}, ${d.lat}`);
      ok = false;
    }
    const known = ctx.byName.get(compactText(d.name)) ?? null;
    // A new facility needs what facility.create takes; a known one keeps what the row leaves empty.
    if (!known && d.address === null) {
      refuse(p, 'address', 'required_missing', '');
      ok = false;
    }
    if (!known && d.openHours === null) {
      refuse(p, 'openHours', 'required_missing', '');
      ok = false;
    }
    if (!ok) continue;
    if (!known) {
      planned.push({ sheet: p.sheet, row: p.row, outcome: 'new', recordId: null, fields: [], creates: null, data: d, target: { kind: 'create' } });
      continue;
    }
    const edited = [
      ...(d.kind !== known.kind ? ['kind'] : []),
      // The row's text is read NFKC-folded (tidyText): the stored text is compared the same way, or
      // a full-width ； typed in a form would read as a change on every round trip.
      ...(d.address !== null && d.address !== tidyText(known.address) ? ['address'] : []),
      ...(d.openHours !== null && d.openHours !== tidyText(known.openHours) ? ['openHours'] : []),
    ];
    const move = Math.abs(d.lng - known.lng) > SAME_POINT || Math.abs(d.lat - known.lat) > SAME_POINT;
    const fields = [...edited, ...(move ? ['location'] : [])];
    planned.push({
      sheet: p.sheet,
      row: p.row,
      outcome: fields.length ? 'update' : 'unchanged',
      recordId: known.id,
      fields,
      creates: null,
      data: d,
      target: { kind: 'change', id: known.id, edit: edited.length > 0, move },
    });
  }
  return { rows: planned, issues, picks: [] };
}
