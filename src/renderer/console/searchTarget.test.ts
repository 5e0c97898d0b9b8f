import { describe, expect, it } from 'vitest';
import { SEARCH_HIT_KINDS, type SearchHit } from '../../shared/views';
import { searchTarget } from './searchTarget';

const hit = (patch: Partial<SearchHit>): SearchHit => ({ kind: 'building', id: 7, title: '', subtitle: '', center: [0, 0], buildingId: null, ...patch });

describe('searchTarget', () => {
  it('opens the building a household or resident lives in, or nothing without one', () => {
    expect(searchTarget(hit({ kind: 'resident', id: 3, buildingId: 9 }))).toEqual({ kind: 'building', id: 9 });
    expect(searchTarget(hit({ kind: 'household', id: 3, buildingId: 9 }))).toEqual({ kind: 'building', id: 9 });
    expect(searchTarget(hit({ kind: 'household', id: 5 }))).toBeNull();
  });

  it("opens every other hit's own drawer, even when it lies in a building", () => {
    // 杨家坪社区第一网格党支部 meets in a building: the drawer is the branch's, not the building's.
    expect(searchTarget(hit({ kind: 'partyOrg', id: 5, buildingId: 9 }))).toEqual({ kind: 'partyOrg', id: 5 });
    expect(searchTarget(hit({ kind: 'tenant', id: 3, buildingId: 9 }))).toEqual({ kind: 'tenant', id: 3 });
    expect(searchTarget(hit({ kind: 'case', id: 4, buildingId: 9 }))).toEqual({ kind: 'case', id: 4 });
    expect(searchTarget(hit({ kind: 'grid', id: 4 }))).toEqual({ kind: 'grid', id: 4 });
    for (const kind of SEARCH_HIT_KINDS.filter((k) => k !== 'household' && k !== 'resident')) {
      expect(searchTarget(hit({ kind, id: 11, buildingId: 9 }))?.kind).toBe(kind);
    }
  });
});
