// Which screen a window shows, from its location. A plain switch on the path: the
// console is the default; /wall is the command wall.
export type Route = 'console' | 'briefing' | 'wall';

export function routeFor(location: Pick<Location, 'pathname' | 'hash'>): Route {
  // Electron loads index.html from disk, so the path is a file path: only the last
  // segment (or a "#/name" hash) can name a route.
  const fromHash = location.hash.replace(/^#\/?/, '');
  const last = location.pathname.split('/').filter(Boolean).pop() ?? '';
  const name = fromHash || (last.endsWith('.html') ? '' : last);
  switch (name) {
    case 'briefing':
      return 'briefing';
    case 'wall':
      return 'wall';
    default:
      return 'console';
  }
}
