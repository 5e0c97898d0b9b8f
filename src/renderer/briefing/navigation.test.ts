import { describe, expect, it } from 'vitest';
import { briefingHref, consoleHref } from './navigation';

describe('briefing navigation', () => {
  it('uses the /briefing path in the browser shell and a hash in Electron', () => {
    expect(briefingHref({ pathname: '/', search: '', hash: '' })).toBe('/briefing');
    expect(briefingHref({ pathname: '/', search: '', hash: '' }, '?from=2026-10-01&to=2026-11-01')).toBe('/briefing?from=2026-10-01&to=2026-11-01');
    expect(briefingHref({ pathname: '/index.html', search: '', hash: '' })).toBe('/index.html#/briefing');
    expect(consoleHref({ pathname: '/briefing' })).toBe('/');
    expect(consoleHref({ pathname: '/index.html' })).toBe('/index.html');
  });
});

describe('the briefing route', () => {
  it('is /briefing in the browser shell and #/briefing in Electron', async () => {
    const { routeFor } = await import('../routes');
    expect(routeFor({ pathname: '/briefing', hash: '' })).toBe('briefing');
    expect(routeFor({ pathname: '/opt/streetops/out/renderer/index.html', hash: '#/briefing' })).toBe('briefing');
  });
});
