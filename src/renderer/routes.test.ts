import { describe, expect, it } from 'vitest';
import { routeFor } from './routes';

describe('routeFor', () => {
  it('shows the console at the root, for index.html from disk and for unknown paths', () => {
    expect(routeFor({ pathname: '/', hash: '' })).toBe('console');
    expect(routeFor({ pathname: '/opt/streetops/out/renderer/index.html', hash: '' })).toBe('console');
    expect(routeFor({ pathname: '/nope', hash: '' })).toBe('console');
  });
});
