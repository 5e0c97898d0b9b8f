// The one grid label: the community's short name and the grid's own part, so grids that
// share a number in different communities never read alike.
import { describe, expect, it } from 'vitest';
import { communityShortName, gridLabel } from '../../src/shared/gridLabel';

describe('gridLabel', () => {
  it('names the community and the number, without 社区 and 第', () => {
    expect(gridLabel({ name: '铁马社区第11网格', communityName: '铁马社区' })).toBe('铁马·11网格');
    expect(gridLabel({ name: '杨家坪社区第01网格', communityName: '杨家坪社区' })).toBe('杨家坪·01网格');
    expect(gridLabel({ name: '杨家坪二社区第03网格', communityName: '杨家坪二社区' })).toBe('杨家坪二·03网格');
  });

  it('tells apart grids with the same number in different communities', () => {
    const a = gridLabel({ name: '铁马社区第01网格', communityName: '铁马社区' });
    const b = gridLabel({ name: '九龙社区第01网格', communityName: '九龙社区' });
    expect(a).not.toBe(b);
  });

  it('keeps a name an administrator gave, with its community unless the name says it', () => {
    expect(gridLabel({ name: '滨江花园网格', communityName: '铁马社区' })).toBe('铁马·滨江花园网格');
    expect(gridLabel({ name: '铁马滨江片区', communityName: '铁马社区' })).toBe('铁马·滨江片区');
    expect(gridLabel({ name: '滨江铁马片区', communityName: '铁马社区' })).toBe('滨江铁马片区');
    expect(gridLabel({ name: '铁马第07网格', communityName: '铁马社区' })).toBe('铁马·07网格');
    expect(gridLabel({ name: '铁马社区', communityName: '铁马社区' })).toBe('铁马社区');
  });

  it('falls back to the name when the community is unknown', () => {
    expect(gridLabel({ name: '第05网格', communityName: '' })).toBe('第05网格');
  });

  it('shortens only a trailing 社区', () => {
    expect(communityShortName('铁马社区')).toBe('铁马');
    expect(communityShortName('社区')).toBe('社区');
    expect(communityShortName('Riverside')).toBe('Riverside');
  });
});
