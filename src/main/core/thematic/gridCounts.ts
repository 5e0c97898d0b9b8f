// The raw counts behind every thematic metric, for all grids in one query: each figure
// is grouped by grid once in its own subquery and joined to the grid list, so a grid
// with nothing of a kind still gets a row (with zeros).
import { caseCountsBy } from '../aggregates/caseCounts';
import type { Db } from '../db/database';
import { OPEN_STATUS_SQL } from '../services/openCases';
import { tenantCovered } from '../registers/partyOrgsCoverage';
import type { ThematicPeriod } from '../../../shared/thematic';

export interface GridCounts {
  gridId: number;
  households: number;
  residents: number;
  openCases: number;
  overdueCases: number;
  /** Cases reported in the period, cancelled (作废, including merged duplicates) left out. */
  casesInPeriod: number;
  /** Party members who live in the grid: the roll's members with a resident record here. */
  partyMembers: number;
  tenants: number;
  coveredTenants: number;
  /** Needs of the 三张清单 placed in the grid and waiting for a claim. */
  unclaimedNeeds: number;
}

interface Row {
  grid_id: number;
  households: number;
  residents: number;
  open_cases: number;
  overdue_cases: number;
  party_members: number;
  tenants: number;
  covered_tenants: number;
  unclaimed_needs: number;
}

const SQL = `
SELECT g.id AS grid_id,
       coalesce(p.households, 0) AS households,
       coalesce(p.residents, 0) AS residents,
       coalesce(o.open_cases, 0) AS open_cases,
       coalesce(o.overdue_cases, 0) AS overdue_cases,
       coalesce(m.members, 0) AS party_members,
       coalesce(t.tenants, 0) AS tenants,
       coalesce(t.covered, 0) AS covered_tenants,
       coalesce(n.needs, 0) AS unclaimed_needs
  FROM grid g
  LEFT JOIN (SELECT b.grid_id, count(DISTINCT h.id) AS households, count(r.id) AS residents
               FROM building b JOIN household h ON h.building_id = b.id LEFT JOIN resident r ON r.household_id = h.id
              GROUP BY b.grid_id) p ON p.grid_id = g.id
  LEFT JOIN (SELECT grid_id, count(*) AS open_cases, sum(due_at < @now) AS overdue_cases
               FROM case_file WHERE status IN ${OPEN_STATUS_SQL} GROUP BY grid_id) o ON o.grid_id = g.id
  LEFT JOIN (SELECT b.grid_id, count(DISTINCT pm.resident_id) AS members
               FROM party_member pm JOIN resident r ON r.id = pm.resident_id JOIN household h ON h.id = r.household_id JOIN building b ON b.id = h.building_id
              GROUP BY b.grid_id) m ON m.grid_id = g.id
  LEFT JOIN (SELECT b.grid_id, count(*) AS tenants, sum(${tenantCovered('t')}) AS covered
               FROM tenant t JOIN building b ON b.id = t.building_id GROUP BY b.grid_id) t ON t.grid_id = g.id
  LEFT JOIN (SELECT grid_id, count(*) AS needs FROM party_list_item
              WHERE kind = 'need' AND status = 'published' AND project_id IS NULL GROUP BY grid_id) n ON n.grid_id = g.id
 ORDER BY g.code`;

export function gridCounts(db: Db, period: ThematicPeriod, now: number): GridCounts[] {
  const rows = db.prepare(SQL).all({ now }) as Row[];
  // The period's reports per grid from the kept counts, not a scan of the period's cases.
  const reported = caseCountsBy(db, period.from, period.to, { kind: 'street' }, 'grid');
  return rows.map((r) => ({
    gridId: r.grid_id,
    households: r.households,
    residents: r.residents,
    openCases: r.open_cases,
    overdueCases: r.overdue_cases,
    casesInPeriod: reported.get(r.grid_id)?.reported ?? 0,
    partyMembers: r.party_members,
    tenants: r.tenants,
    coveredTenants: r.covered_tenants,
    unclaimedNeeds: r.unclaimed_needs,
  }));
}
