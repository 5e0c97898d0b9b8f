// The Party organisations rows matched to the street and to each other. Rows may come in
// any order: a parent is looked up first among the file's rows, then among the street's
// organisations, and the tree the file describes (its rows over the street's) is checked
// whole: an unknown parent, a cycle, a kind that may not sit under its parent or a fifth
// level is refused with its reason, and so is every row under a refused one. An
// organisation is matched by its name in the street (by name and parent when two share a
// name): new, update (secretary, phone, parent, coverage) or unchanged. Only reads.
import type { PartyOrgKind } from '../../../../shared/domain';
import type { CoverageTarget } from '../../../../shared/orgRegisters';
import type { ImportReason } from '../../../../shared/registerImport';
import { maskName, maskPhone } from '../../privacy/mask';
import { ALLOWED_PARENTS } from '../../registers/partyOrgs';
import { shanghaiDate } from '../../calendar/workCalendar';
import { sameDate } from '../normaliseDate';
import type { KindPlan, ParsedRow, PlannedRow, PlanOptions } from '../registerKind';
import type { RowIssue } from '../rowIssue';
import { PARTY_ORG_COLUMNS, type PartyOrgField } from './columns';
import type { ExistingOrg, OrgContext } from './context';
import { KIND_WORDS_ZH } from './kindWords';
import type { PartyOrgRow } from './rows';

export type ParentRef = { kind: 'existing'; id: number } | { kind: 'file'; name: string } | null;

export interface OrgTarget {
  parent: ParentRef;
  /** The building it meets in (a new organisation's place; an existing one keeps its own). */
  placeBuildingId: number | null;
  /** The whole coverage the row gives, or null to keep the one on record. */
  coverage: CoverageTarget[] | null;
  /** The secretary and phone to write (a masked cell keeps the value on record). */
  secretary: string;
  secretaryPhone: string;
}

export type PlannedOrg = PlannedRow<PartyOrgRow, OrgTarget>;

const MAX_LEVEL = 4;
const MASKED = /\*/;

const label = (field: PartyOrgField) => PARTY_ORG_COLUMNS.fields.find((f) => f.field === field)!.label.zh;
const at = (r: { sheet: string; row: number }) => `${r.sheet} 第${r.row}行`;
/** 'YYYY-MM' (a register giving the month only) is founded on the month's first day. */
export const fullDate = (d: string) => (d.length === 7 ? `${d}-01` : d);

interface Node {
  parsed: ParsedRow<PartyOrgField, PartyOrgRow>;
  match: ExistingOrg | null;
  parent: ParentRef;
  refused: boolean;
}

export function planPartyOrgs(rows: readonly ParsedRow<PartyOrgField, PartyOrgRow>[], ctx: OrgContext, options: Pick<PlanOptions, 'now'>): KindPlan<PartyOrgRow, OrgTarget> {
  const issues: RowIssue[] = [];
  const today = shanghaiDate(options.now);
  const refuse = (node: Node, field: PartyOrgField | null, reason: ImportReason, value: string, detail?: string) => {
    node.refused = true;
    const column = field === null ? null : (node.parsed.columns.find((c) => c.field === field)?.label ?? label(field));
    issues.push({ sheet: node.parsed.sheet, row: node.parsed.row, column, value, reason, ...(detail === undefined ? {} : { detail }) });
  };

  // The same organisation twice in the file: every occurrence is refused.
  const byName = new Map<string, Node[]>();
  const nodes: Node[] = rows.map((parsed) => ({ parsed, match: null, parent: null, refused: false }));
  for (const n of nodes) byName.set(n.parsed.data.name, [...(byName.get(n.parsed.data.name) ?? []), n]);
  for (const same of byName.values()) {
    if (same.length < 2) continue;
    for (const n of same) refuse(n, 'name', 'org_twice_in_file', n.parsed.data.name, same.filter((o) => o !== n).map((o) => at(o.parsed)).join('、'));
  }
  const fileNode = (name: string): Node | undefined => {
    const same = byName.get(name);
    return same?.length === 1 ? same[0] : undefined;
  };

  // Match each row to the street's organisation of its name (and parent, when two share it).
  for (const n of nodes) {
    if (n.refused) continue;
    const d = n.parsed.data;
    const named = ctx.byName.get(d.name) ?? [];
    const candidates = named.length > 1 ? named.filter((o) => (o.parentId === null ? null : ctx.orgs.get(o.parentId)?.name) === d.parent) : named;
    if (candidates.length > 1 || (named.length > 1 && candidates.length === 0)) refuse(n, 'name', 'org_name_ambiguous', d.name);
    else n.match = candidates[0] ?? null;
  }

  // Parents: the file's rows first, then the street's organisations.
  for (const n of nodes) {
    if (n.refused) continue;
    const d = n.parsed.data;
    if (d.parent === null) continue;
    const inFile = fileNode(d.parent);
    if (inFile) {
      n.parent = { kind: 'file', name: d.parent };
      continue;
    }
    const named = ctx.byName.get(d.parent) ?? [];
    if (named.length === 1) n.parent = { kind: 'existing', id: named[0]!.id };
    else if (named.length > 1) refuse(n, 'parent', 'org_name_ambiguous', d.parent);
    else refuse(n, 'parent', byName.has(d.parent) ? 'org_parent_refused' : 'org_parent_unknown', d.parent, byName.has(d.parent) ? byName.get(d.parent)!.map((o) => at(o.parsed)).join('、') : undefined);
  }

  // The tree as the file makes it: a row's parent is its file row, else the street's record.
  const byMatch = new Map<number, Node>();
  for (const n of nodes) if (n.match && !n.refused) byMatch.set(n.match.id, n);
  type Up = { node: Node } | { org: ExistingOrg } | null;
  const upOf = (x: { node: Node } | { org: ExistingOrg }): Up => {
    if ('node' in x) {
      const p = x.node.parent;
      if (p === null) return null;
      if (p.kind === 'file') return { node: fileNode(p.name)! };
      const moved = byMatch.get(p.id);
      return moved ? { node: moved } : { org: ctx.orgs.get(p.id)! };
    }
    if (x.org.parentId === null) return null;
    const moved = byMatch.get(x.org.parentId);
    return moved ? { node: moved } : { org: ctx.orgs.get(x.org.parentId)! };
  };
  const nameOf = (x: { node: Node } | { org: ExistingOrg }) => ('node' in x ? x.node.parsed.data.name : x.org.name);
  const kindOf = (x: { node: Node } | { org: ExistingOrg }): PartyOrgKind => ('node' in x ? x.node.parsed.data.kind : x.org.kind);

  // Cycles: walking up from a row comes back to it.
  for (const n of nodes) {
    if (n.refused) continue;
    const chain: string[] = [n.parsed.data.name];
    const seen = new Set<Node>([n]);
    for (let up = upOf({ node: n }); up !== null; up = upOf(up)) {
      chain.push(nameOf(up));
      if ('node' in up) {
        if (up.node === n) {
          refuse(n, 'parent', 'org_parent_cycle', n.parsed.data.parent ?? '', chain.join(' → '));
          break;
        }
        if (seen.has(up.node)) break; // a cycle above this row, refused at its own rows
        seen.add(up.node);
      }
    }
  }

  // Rows under a refused row are refused too, until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const n of nodes) {
      if (n.refused || n.parent?.kind !== 'file') continue;
      const p = fileNode(n.parent.name)!;
      if (p.refused) {
        refuse(n, 'parent', 'org_parent_refused', n.parent.name, at(p.parsed));
        changed = true;
      }
    }
  }

  // Kind under parent, level, fields an import cannot change, place and coverage.
  const levels = new Map<Node, number>();
  const levelOf = (x: { node: Node } | { org: ExistingOrg }): number => {
    if ('org' in x) return x.org.level;
    const known = levels.get(x.node);
    if (known !== undefined) return known;
    const up = upOf(x);
    const level = up === null ? 1 : levelOf(up) + 1;
    levels.set(x.node, level);
    return level;
  };
  /** The community an organisation is of: its own on record, else its meeting place's (the street's committee is of none). */
  const placeOf = (d: PartyOrgRow): number | null => {
    if (d.place !== null) return ctx.buildings.get(d.place) ?? null;
    for (const word of d.coverage ?? []) {
      const hit = ctx.targets.get(word);
      if (hit?.length === 1 && hit[0]!.kind === 'building') return hit[0]!.id;
    }
    return null;
  };
  const communityOf = (n: Node): number | null => {
    if (n.match) return n.match.communityId;
    if (n.parsed.data.kind === 'street_committee') return null;
    const place = placeOf(n.parsed.data);
    return place === null ? null : (ctx.buildingCommunity.get(place) ?? null);
  };
  const planned: PlannedOrg[] = [];
  for (const n of nodes) {
    if (n.refused) continue;
    const d = n.parsed.data;
    const up = upOf({ node: n });
    const parentCommunity = up === null ? null : 'org' in up ? up.org.communityId : communityOf(up.node);
    const community = communityOf(n);
    if (up !== null && parentCommunity !== null && parentCommunity !== community) {
      refuse(n, 'parent', 'org_parent_community', d.parent ?? '', ctx.communityNames.get(parentCommunity) ?? '');
    }
    if (up !== null && !ALLOWED_PARENTS[d.kind].includes(kindOf(up))) {
      refuse(n, 'parent', 'org_parent_kind', d.parent ?? '', ALLOWED_PARENTS[d.kind].map((k) => KIND_WORDS_ZH[k][0]).join('、'));
    }
    if (up === null && d.kind !== 'street_committee') refuse(n, 'parent', 'required_missing', '');
    const level = levelOf({ node: n });
    // A registered organisation moved takes the ones under it along.
    const below = n.match ? ctx.depthBelow(n.match.id) : 0;
    if (level + below > MAX_LEVEL) refuse(n, 'parent', 'org_too_deep', d.parent ?? '');
    else if (d.level !== null && d.level !== level) refuse(n, 'level', 'org_level_mismatch', String(d.level), String(level));

    const m = n.match;
    if (m && m.kind !== d.kind) refuse(n, 'kind', 'field_fixed', KIND_WORDS_ZH[d.kind][0]!, KIND_WORDS_ZH[m.kind][0]);
    if (m && !sameDate(d.foundedOn, m.foundedOn)) refuse(n, 'foundedOn', 'field_fixed', d.foundedOn, m.foundedOn);
    else if (fullDate(d.foundedOn) > today) refuse(n, 'foundedOn', 'date_after_today', d.foundedOn, today);

    let placeBuildingId: number | null = null;
    if (d.place !== null) {
      placeBuildingId = ctx.buildings.get(d.place) ?? null;
      if (placeBuildingId === null) refuse(n, 'place', 'org_place_unknown', d.place);
      else if (m && m.buildingId !== placeBuildingId) refuse(n, 'place', 'field_fixed', d.place, m.buildingId === null ? '' : (ctx.words.get(`building:${m.buildingId}`) ?? ''));
    }

    let coverage: CoverageTarget[] | null = null;
    if (d.coverage !== null) {
      coverage = [];
      for (const word of d.coverage) {
        const hits = ctx.targets.get(word) ?? [];
        if (hits.length === 1) coverage.push(hits[0]!);
        else refuse(n, 'coverage', hits.length === 0 ? 'coverage_unknown' : 'coverage_ambiguous', d.coverage.join('；'), word);
      }
      const seen = new Set<string>();
      coverage = coverage.filter((t) => !seen.has(`${t.kind}:${t.id}`) && seen.add(`${t.kind}:${t.id}`)).sort((a, b) => a.kind.localeCompare(b.kind) || a.id - b.id);
    }
    // A new organisation meets in the building named, else the first building (or grid's building) it covers.
    if (!m && placeBuildingId === null && d.place === null) {
      placeBuildingId = coverage?.find((t) => t.kind === 'building')?.id ?? null;
      if (placeBuildingId === null) refuse(n, 'place', 'required_missing', '');
    }

    // A masked secretary or phone (an export for a role that sees them masked) keeps what is on record.
    const secretary = MASKED.test(d.secretary) ? (m && maskName(m.secretary) === d.secretary ? m.secretary : null) : d.secretary;
    if (secretary === null) refuse(n, 'secretary', 'masked_unmatched', d.secretary);
    const secretaryPhone = MASKED.test(d.secretaryPhone) ? (m && maskPhone(m.secretaryPhone) === d.secretaryPhone ? m.secretaryPhone : null) : d.secretaryPhone;
    if (secretaryPhone === null) refuse(n, 'secretaryPhone', 'masked_unmatched', d.secretaryPhone);
    if (n.refused || secretary === null || secretaryPhone === null) continue;

    const parent: ParentRef = n.parent;
    const fields: string[] = [];
    if (m) {
      const parentId = parent === null ? null : parent.kind === 'existing' ? parent.id : (fileNode(parent.name)!.match?.id ?? -1);
      if (parentId !== m.parentId) fields.push('parent');
      if (secretary !== m.secretary) fields.push('secretary');
      if (secretaryPhone !== m.secretaryPhone) fields.push('secretaryPhone');
      if (coverage !== null && coverage.map((t) => `${t.kind}:${t.id}`).join() !== m.coverage.join()) fields.push('coverage');
    }
    planned.push({
      sheet: n.parsed.sheet,
      row: n.parsed.row,
      outcome: !m ? 'new' : fields.length > 0 ? 'update' : 'unchanged',
      recordId: m?.id ?? null,
      fields,
      target: { parent, placeBuildingId, coverage, secretary, secretaryPhone },
      creates: null,
      data: d,
    });
  }
  // A row whose parent row was refused above (kind, level, place, coverage) is refused too.
  const nodeOf = new Map(nodes.map((n) => [`${n.parsed.sheet}|${n.parsed.row}`, n]));
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = planned.length - 1; i >= 0; i--) {
      const p = planned[i]!.target.parent;
      const parentNode = p?.kind === 'file' ? fileNode(p.name)! : null;
      if (!parentNode?.refused) continue;
      refuse(nodeOf.get(`${planned[i]!.sheet}|${planned[i]!.row}`)!, 'parent', 'org_parent_refused', parentNode.parsed.data.name, at(parentNode.parsed));
      planned.splice(i, 1);
      changed = true;
    }
  }
  // Parents before the rows under them: the commit creates and moves top down.
  const depth = new Map(nodes.map((n) => [`${n.parsed.sheet}|${n.parsed.row}`, levels.get(n) ?? 0]));
  planned.sort((a, b) => depth.get(`${a.sheet}|${a.row}`)! - depth.get(`${b.sheet}|${b.row}`)!);
  return { rows: planned, issues, picks: [] };
}
