// A "unit" in Party work: a non-territorial Party organisation that serves the communities —
// a 驻区单位, a 两新 organisation, a 楼宇 or 商圈 committee (the same set the 三张清单 use).
import type { PartyOrgKind } from '../../../shared/domain';

export const UNIT_KINDS: readonly PartyOrgKind[] = ['resident_unit', 'two_new', 'commercial_building', 'market'];
export const UNIT_KINDS_SQL = UNIT_KINDS.map((k) => `'${k}'`).join(', ');
