// Moving between the console and the briefing is a page load: the route is read from the
// location when the app starts (routes.ts), and the session token survives in
// sessionStorage. The browser shell uses the path /briefing; Electron loads
// app://streetops/index.html, where only a hash can name the route.
export function briefingHref(location: Pick<Location, 'pathname' | 'search' | 'hash'>, search = ''): string {
  if (location.pathname.endsWith('.html')) return `${location.pathname}${search}#/briefing`;
  return `/briefing${search}`;
}

export function consoleHref(location: Pick<Location, 'pathname'>): string {
  return location.pathname.endsWith('.html') ? location.pathname : '/';
}

/** Goes to an app URL; a change of hash alone does not load the page, so reload then. */
export function navigate(href: string): void {
  const target = new URL(href, window.location.href);
  const hashOnly = target.hash !== '' && target.href.split('#')[0] === window.location.href.split('#')[0];
  window.location.assign(target.href);
  if (hashOnly) window.location.reload();
}
