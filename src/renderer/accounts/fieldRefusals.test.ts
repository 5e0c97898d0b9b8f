import { describe, expect, it } from 'vitest';
import { ApiClientError } from '../api/ApiClientError';
import { refusalsByField } from './fieldRefusals';

const FIELDS = ['username', 'password', 'communityId'] as const;

describe('refusalsByField', () => {
  it('puts each detail under the field it names, the first one per field', () => {
    const error = new ApiClientError({
      code: 'invalid_input',
      message: 'x',
      details: [
        { path: 'username', message: 'is taken' },
        { path: 'password', message: 'must be at least 8 characters' },
        { path: 'password', message: 'second' },
      ],
    });
    expect(refusalsByField(error, FIELDS)).toEqual({ byField: { username: 'is taken', password: 'must be at least 8 characters' }, unplaced: false });
  });

  it('keeps details naming no field, and errors without details, as a general message', () => {
    const error = new ApiClientError({ code: 'invalid_input', message: 'x', details: [{ path: 'role', message: 'bad' }, { path: 'communityId.x', message: 'bad' }] });
    expect(refusalsByField(error, FIELDS)).toEqual({ byField: { communityId: 'bad' }, unplaced: true });
    expect(refusalsByField(new ApiClientError({ code: 'disk_full', message: 'x' }), FIELDS)).toEqual({ byField: {}, unplaced: true });
    expect(refusalsByField(new Error('boom'), FIELDS)).toEqual({ byField: {}, unplaced: true });
  });
});
