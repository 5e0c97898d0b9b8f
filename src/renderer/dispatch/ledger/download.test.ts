import { describe, expect, it } from 'vitest';
import { base64ToBytes } from './download';

describe('base64ToBytes', () => {
  it('gives back the bytes, high ones included', () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff, 0x80]);
    expect(Array.from(base64ToBytes(Buffer.from(bytes).toString('base64')))).toEqual(Array.from(bytes));
    expect(base64ToBytes('').length).toBe(0);
  });
});
