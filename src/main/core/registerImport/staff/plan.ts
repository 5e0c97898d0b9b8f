// Matching grid staff rows to the posts the register holds (only reads). A post is 网格长 or
// 网格员 of a grid, 楼栋长 of a building, or a 志愿者 of a grid by name. A row naming the
// post's holder is unchanged or updates their phone, resident link or Party membership; a
// row naming someone else for a held post replaces the holder (the post stays, with its
// cases: staff.replace), and the preview lists it as an update of `holder`; a row for a free
// post assigns it (staff.assign). Posts the file does not list are left as they are: an
// import never vacates a post (staff.vacate does, from the grid's drawer).
import type { StaffRole } from '../../../../shared/domain';
import type { ImportReason } from '../../../../shared/registerImport';
import type { Db } from '../../db/database';
import { maskIdNumber, maskPhone } from '../../privacy/mask';
import { compactText } from '../cleanText';
import { mayWrite } from '../../access/registerWrites';
import { shanghaiDate } from '../../calendar/workCalendar';
import { registerOfPost } from '../../registers/staff';
import type { KindPlan, ParsedRow, PlannedRow, PlanOptions } from '../registerKind';
import type { RowIssue } from '../rowIssue';
import { POST_WORDS, STAFF_COLUMNS, type StaffImportField } from './columns';
import { buildingExample, findBuilding, findGrid, gridExamples, type Places } from './places';
import type { StaffRow } from './rows';

export interface StaffContext {
  places: Places;
  /** Serving posts of the community, by post key. */
  posts: Map<string, ServingPost[]>;
}

export interface ServingPost {
  id: number;
  gridId: number;
  role: StaffRole;
  buildingId: number | null;
  name: string;
  phone: string;
  residentId: number | null;
  residentIdNumber: string | null;
  isPartyMember: boolean;
}

/** What the commit does for a row: assign a free post, or write a held one's holder (the same person's details, or a new person). */
export type StaffTarget =
  | { kind: 'assign'; role: StaffRole; gridId: number; buildingId: number | null; name: string; phone: string; residentId: number | null; isPartyMember: boolean }
  | { kind: 'replace'; postId: number; name: string; phone: string; residentId: number | null; isPartyMember: boolean };

export type PlannedStaff = PlannedRow<StaffRow, StaffTarget>;

const SINGLE_HOLDER: ReadonlySet<StaffRole> = new Set(['grid_head', 'grid_worker', 'building_head']);

function postKey(role: StaffRole, gridId: number, buildingId: number | null, name: string): string {
  if (role === 'building_head') return `b${buildingId}`;
  if (role === 'volunteer') return `g${gridId}|volunteer|${compactText(name)}`;
  return `g${gridId}|${role}`;
}

export function staffContext(db: Db, places: Places): StaffContext {
  const rows = db
    .prepare(
      `SELECT s.id, s.grid_id, s.role, s.building_id, s.name, s.phone, s.resident_id, r.id_number, s.is_party_member
         FROM grid_staff s JOIN grid g ON g.id = s.grid_id LEFT JOIN resident r ON r.id = s.resident_id
        WHERE g.community_id = ? AND s.vacated_on IS NULL ORDER BY s.id`,
    )
    .all(places.communityId) as { id: number; grid_id: number; role: StaffRole; building_id: number | null; name: string; phone: string; resident_id: number | null; id_number: string | null; is_party_member: number }[];
  const posts = new Map<string, ServingPost[]>();
  for (const r of rows) {
    const post: ServingPost = { id: r.id, gridId: r.grid_id, role: r.role, buildingId: r.building_id, name: r.name, phone: r.phone, residentId: r.resident_id, residentIdNumber: r.id_number, isPartyMember: r.is_party_member === 1 };
    const k = postKey(r.role, r.grid_id, r.building_id, r.name);
    posts.set(k, [...(posts.get(k) ?? []), post]);
  }
  return { places, posts };
}

interface Placed {
  parsed: ParsedRow<StaffImportField, StaffRow>;
  gridId: number;
  buildingId: number | null;
  key: string;
}

export function planStaff(db: Db, rows: readonly ParsedRow<StaffImportField, StaffRow>[], ctx: StaffContext, options: Pick<PlanOptions, 'now' | 'importer'>): KindPlan<StaffRow, StaffTarget> {
  const today = shanghaiDate(options.now);
  const issues: RowIssue[] = [];
  const refuse = (p: ParsedRow<StaffImportField, StaffRow>, field: StaffImportField, reason: ImportReason, value: string, detail?: string) =>
    issues.push({
      sheet: p.sheet,
      row: p.row,
      column: p.columns.find((c) => c.field === field)?.label ?? STAFF_COLUMNS.fields.find((f) => f.field === field)!.label.zh,
      value,
      reason,
      ...(detail === undefined ? {} : { detail }),
    });

  // 1. Where each row's post is: its grid, and a 楼栋长's building.
  const placed: Placed[] = [];
  for (const p of rows) {
    const { places } = ctx;
    const d = p.data;
    let gridId: number | null = null;
    let refused = false;
    // What the staff functions would refuse at commit, said in the preview: a post the
    // importer's role may not write (community staff: 网格长/网格员), a start in the future.
    if (!mayWrite(options.importer.role, registerOfPost(d.role))) {
      refuse(p, 'post', 'post_role_refused', POST_WORDS[d.role][0]!);
      refused = true;
    }
    if (d.startDate !== null && d.startDate > today) {
      refuse(p, 'startDate', 'date_after_today', d.startDate, today);
      refused = true;
    }
    if (d.grid !== null) {
      const g = findGrid(places, d.grid);
      if (!g) refuse(p, 'grid', 'grid_unknown', d.grid, gridExamples(places));
      else if (g.communityId !== places.communityId) refuse(p, 'grid', 'grid_other_community', d.grid, g.communityName);
      else gridId = g.id;
      refused ||= gridId === null;
    }
    let buildingId: number | null = null;
    if (d.role === 'building_head' && d.building !== null) {
      const b = findBuilding(places, d.building);
      if (!b) {
        refuse(p, 'building', 'building_unknown', d.building, buildingExample(places));
        refused = true;
      } else if (gridId !== null && b.gridId !== gridId) {
        refuse(p, 'building', 'building_not_in_grid', d.building, places.grids.get(b.gridId)!.label);
        refused = true;
      } else {
        buildingId = b.id;
        gridId = b.gridId;
      }
    }
    if (refused || gridId === null) continue;
    placed.push({ parsed: p, gridId, buildingId, key: postKey(d.role, gridId, buildingId, d.name) });
  }

  // 2. One row per post: a file naming a post twice is refused at every occurrence, unless the
  //    register holds as many posts there (two grids merged keep both 网格长 until one is vacated).
  const groups = new Map<string, Placed[]>();
  for (const r of placed) groups.set(r.key, [...(groups.get(r.key) ?? []), r]);
  const matched: { row: Placed; post: ServingPost | null }[] = [];
  for (const [key, group] of groups) {
    const posts = ctx.posts.get(key) ?? [];
    const capacity = SINGLE_HOLDER.has(group[0]!.parsed.data.role) ? Math.max(posts.length, 1) : 1;
    const names = group.map((g) => g.parsed.data.name);
    if (group.length > capacity || new Set(names).size < names.length) {
      for (const r of group) {
        const others = group.filter((o) => o !== r).map((o) => `${o.parsed.sheet} 第${o.parsed.row}行`);
        refuse(r.parsed, 'post', 'post_twice_in_file', r.parsed.data.name, others.join('、'));
      }
      continue;
    }
    // The holder named keeps their post; the other rows take the remaining posts in order.
    const free = posts.filter((p) => !names.includes(compactText(p.name)));
    for (const r of group) matched.push({ row: r, post: posts.find((p) => compactText(p.name) === r.parsed.data.name) ?? free.shift() ?? null });
  }

  // 3. What each row writes.
  const planned: PlannedStaff[] = [];
  for (const { row, post } of matched) {
    const p = row.parsed;
    const d = p.data;
    // Names are read compact (NFKC, no spaces): a stored 李 明 is the row's 李明.
    const samePerson = post !== null && compactText(post.name) === d.name;
    let ok = true;
    let phone: string;
    if (!d.phone.masked) phone = d.phone.value;
    else if (samePerson && maskPhone(post.phone) === d.phone.value) phone = post.phone;
    else {
      refuse(p, 'phone', 'phone_masked', d.phone.value);
      ok = false;
      phone = '';
    }
    let residentId: number | null = samePerson ? post.residentId : null;
    // The name as registered when the row names the holder or a resident (the register functions compare it as stored).
    let name = samePerson ? post.name : d.name;
    if (d.idNumber?.masked) {
      if (!(samePerson && post.residentIdNumber !== null && maskIdNumber(post.residentIdNumber) === d.idNumber.value)) {
        refuse(p, 'idNumber', 'id_masked', d.idNumber.value);
        ok = false;
      }
    } else if (d.idNumber) {
      const r = db
        .prepare('SELECT r.id, r.name FROM resident r JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id JOIN grid g ON g.id = b.grid_id WHERE r.id_number = ? AND g.community_id = ?')
        .get(d.idNumber.value, ctx.places.communityId) as { id: number; name: string } | undefined;
      if (!r) {
        refuse(p, 'idNumber', 'resident_id_unknown', d.idNumber.value);
        ok = false;
      } else if (compactText(r.name) !== d.name) {
        refuse(p, 'idNumber', 'name_differs', d.idNumber.value);
        ok = false;
      } else {
        residentId = r.id;
        if (!samePerson) name = r.name;
      }
    }
    const isPartyMember = d.partyMember ?? (samePerson ? post.isPartyMember : false);
    if (!ok) continue;
    if (post === null) {
      planned.push({ sheet: p.sheet, row: p.row, outcome: 'new', recordId: null, fields: [], creates: null, data: d, target: { kind: 'assign', role: d.role, gridId: row.gridId, buildingId: row.buildingId, name, phone, residentId, isPartyMember } });
      continue;
    }
    const fields = samePerson
      ? [...(phone !== post.phone ? ['phone'] : []), ...(residentId !== post.residentId ? ['idNumber'] : []), ...(isPartyMember !== post.isPartyMember ? ['partyMember'] : [])]
      : ['holder'];
    planned.push({
      sheet: p.sheet,
      row: p.row,
      outcome: fields.length ? 'update' : 'unchanged',
      recordId: post.id,
      fields,
      creates: null,
      data: d,
      target: { kind: 'replace', postId: post.id, name, phone, residentId, isPartyMember },
    });
  }
  return { rows: planned, issues, picks: [] };
}
