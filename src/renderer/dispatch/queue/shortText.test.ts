import { describe, expect, it } from 'vitest';
import { shortAddress, shortGridName } from './shortText';

describe('short text', () => {
  it('drops the shared address prefix and the community from grid names', () => {
    expect(shortAddress('重庆市九龙坡区九龙街道五台横街1号附近', '重庆市九龙坡区九龙街道')).toBe('五台横街1号附近');
    expect(shortAddress('别处', '重庆市九龙坡区九龙街道')).toBe('别处');
    expect(shortGridName('杨家坪社区第04网格', '杨家坪社区')).toBe('第04网格');
    expect(shortGridName('杨家坪社区', '杨家坪社区')).toBe('杨家坪社区');
  });
});
