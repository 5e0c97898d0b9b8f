import { describe, expect, it } from 'vitest';
import { shortAddress } from './shortText';

describe('short text', () => {
  it('drops the shared address prefix', () => {
    expect(shortAddress('重庆市九龙坡区九龙街道五台横街1号附近', '重庆市九龙坡区九龙街道')).toBe('五台横街1号附近');
    expect(shortAddress('别处', '重庆市九龙坡区九龙街道')).toBe('别处');
  });
});
