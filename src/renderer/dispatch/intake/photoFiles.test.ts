import { describe, expect, it } from 'vitest';
import { base64OfDataUrl, MAX_PHOTO_BYTES, photoProblem } from './photoFiles';

describe('photo files', () => {
  it('accepts the contract image types up to 5 MiB', () => {
    expect(photoProblem({ type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(photoProblem({ type: 'image/gif', size: 1000 })).toBe('type');
    expect(photoProblem({ type: 'image/png', size: MAX_PHOTO_BYTES + 1 })).toBe('size');
  });
  it('keeps only the payload of a data URL', () => {
    expect(base64OfDataUrl('data:image/png;base64,AAAA')).toBe('AAAA');
  });
});
