import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../../shared/views';
import { searchTarget } from './searchTarget';

const hit = (patch: Partial<SearchHit>): SearchHit => ({ kind: 'building', id: 7, title: '', subtitle: '', center: [0, 0], buildingId: null, ...patch });

describe('searchTarget', () => {
  it('opens the building a hit lies in', () => {
    expect(searchTarget(hit({ kind: 'resident', id: 3, buildingId: 9 }))).toEqual({ kind: 'building', id: 9 });
    expect(searchTarget(hit({ kind: 'tenant', id: 3, buildingId: 9 }))).toEqual({ kind: 'building', id: 9 });
  });

  it("else opens the hit's own detail, or nothing for people without a building", () => {
    expect(searchTarget(hit({ kind: 'grid', id: 4 }))).toEqual({ kind: 'grid', id: 4 });
    expect(searchTarget(hit({ kind: 'partyOrg', id: 5 }))).toEqual({ kind: 'partyOrg', id: 5 });
    expect(searchTarget(hit({ kind: 'household', id: 5 }))).toBeNull();
  });
});
