// The Party organisations of a community (or of one grid: those covering it or at home in
// it) as the import reads them: parents before the organisations under them, the kind in
// words, the parent by name, coverage as the names the import resolves. The secretary and
// phone are work contacts, shown as the viewer's role sees them (core/access/matrix.ts).
import type { UserView } from '../../../../shared/views';
import { level } from '../../access/matrix';
import type { Db } from '../../db/database';
import { maskName, maskPhone, shown } from '../../privacy/mask';
import type { ExportRow, ExportScope } from '../registerKind';
import type { PartyOrgField } from './columns';
import { prepareOrgContext } from './context';
import { KIND_WORDS_ZH } from './kindWords';

export function* partyOrgExportRows(db: Db, scope: ExportScope, viewer: UserView): Iterable<ExportRow<PartyOrgField>> {
  const ctx = prepareOrgContext(db);
  const inGrid = scope.gridId === null ? null : new Set(db.prepare(`SELECT id FROM party_org WHERE grid_id = ? UNION SELECT org_id FROM party_org_coverage WHERE target_kind = 'grid' AND target_id = ?`).pluck().all(scope.gridId, scope.gridId) as number[]);
  const nameLevel = level(viewer.role, 'secretary', 'name');
  const phoneLevel = level(viewer.role, 'secretary', 'phone');
  // ctx.orgs is ordered by level, then id: parents come first.
  for (const o of ctx.orgs.values()) {
    if (o.communityId !== scope.communityId || (inGrid && !inGrid.has(o.id))) continue;
    yield {
      name: o.name,
      kind: KIND_WORDS_ZH[o.kind][0]!,
      level: o.level,
      parent: o.parentId === null ? null : ctx.orgs.get(o.parentId)!.name,
      secretary: shown(o.secretary, nameLevel, maskName),
      secretaryPhone: shown(o.secretaryPhone, phoneLevel, maskPhone),
      place: o.buildingId === null ? null : (ctx.words.get(`building:${o.buildingId}`) ?? null),
      coverage: o.coverage.map((k) => ctx.words.get(k) ?? k).join('；'),
      foundedOn: o.foundedOn,
    };
  }
}
