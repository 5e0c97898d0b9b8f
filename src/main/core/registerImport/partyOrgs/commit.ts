// Writes a Party organisations plan through the register functions (core/registers/
// partyOrgs.ts), top down so a parent exists before the rows under it: found, move under
// the new parent, change secretary or phone, then set the coverage to exactly the row's.
// Runs inside the framework's one transaction; each function checks the role itself (the
// preview already refused a founding date after today), and a refusal names the row and rolls all back.
import type { CoverageTarget } from '../../../../shared/orgRegisters';
import type { Db } from '../../db/database';
import type { RegisterActor } from '../../registers/changeLog';
import { coverageOf, createPartyOrg, movePartyOrg, setPartyOrgCoverage, updatePartyOrg } from '../../registers/partyOrgs';
import type { CommitCounts } from '../registerKind';
import { atRow } from '../residents/commitResidents';
import { fullDate, type PlannedOrg } from './plan';

function parseTarget(key: string): CoverageTarget {
  const [kind, id] = key.split(':') as [CoverageTarget['kind'], string];
  return { kind, id: Number(id) };
}

export function commitPartyOrgs(db: Db, actor: RegisterActor, rows: readonly PlannedOrg[], step: () => void): CommitCounts {
  const created = new Map<string, number>();
  const idOf = (row: PlannedOrg): number | null => {
    const p = row.target.parent;
    if (p === null) return null;
    if (p.kind === 'existing') return p.id;
    const fromFile = created.get(p.name) ?? rows.find((r) => r.data.name === p.name)?.recordId;
    if (fromFile === undefined || fromFile === null) throw new Error(`the parent row of ${row.data.name} was not written first`);
    return fromFile;
  };
  const counts: CommitCounts = { added: 0, updated: 0, created: 0, buildingIds: [], gridIds: [] };
  const buildings = new Set<number>();
  for (const row of rows) {
    if (row.outcome === 'unchanged') continue;
    const { data, target } = row;
    let id: number;
    if (row.outcome === 'new') {
      id = atRow(row, () => createPartyOrg(db, actor, {
        kind: data.kind,
        parentId: idOf(row),
        name: data.name,
        buildingId: target.placeBuildingId!,
        secretaryName: target.secretary,
        secretaryPhone: target.secretaryPhone,
        foundedOn: fullDate(data.foundedOn),
      })).id;
      created.set(data.name, id);
      buildings.add(target.placeBuildingId!);
      counts.added++;
    } else {
      id = row.recordId!;
      if (row.fields.includes('parent')) atRow(row, () => movePartyOrg(db, actor, { id, parentId: idOf(row)! }));
      if (row.fields.includes('secretary') || row.fields.includes('secretaryPhone')) atRow(row, () => updatePartyOrg(db, actor, { id, secretaryName: target.secretary, secretaryPhone: target.secretaryPhone }));
      counts.updated++;
    }
    if (target.coverage !== null) {
      const want = new Set(target.coverage.map((t) => `${t.kind}:${t.id}`));
      const have = new Set(coverageOf(db, id));
      const add = [...want].filter((k) => !have.has(k)).map(parseTarget);
      const remove = [...have].filter((k) => !want.has(k)).map(parseTarget);
      if (add.length + remove.length > 0) atRow(row, () => setPartyOrgCoverage(db, actor, { id, ...(add.length ? { add } : {}), ...(remove.length ? { remove } : {}) }));
      for (const t of target.coverage) if (t.kind === 'building') buildings.add(t.id);
    }
    step();
  }
  if (buildings.size > 0) {
    const ids = JSON.stringify([...buildings]);
    counts.buildingIds = [...buildings].sort((a, b) => a - b);
    counts.gridIds = db.prepare('SELECT DISTINCT grid_id FROM building WHERE id IN (SELECT value FROM json_each(?)) ORDER BY grid_id').pluck().all(ids) as number[];
  }
  return counts;
}
