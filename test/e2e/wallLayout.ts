// The command wall's layout rules, checked in the page: text that overflows or sticks out,
// blocks that overlap, and text under the wall's smallest size (18u). Shared by the wall's
// own spec and the English one, whose words are longer.
import type { Page } from '@playwright/test';

/** Every text box that is wider than its content allows, or sticks out of its tile or panel. */
export function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const rect = (e: Element) => e.getBoundingClientRect();
    const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
    for (const el of document.querySelectorAll<HTMLElement>('[data-wall-text]')) {
      const label = `"${el.innerText.slice(0, 30)}"`;
      if (el.scrollWidth > el.clientWidth + 1) problems.push(`${label} overflows: scrollWidth ${el.scrollWidth} > clientWidth ${el.clientWidth}`);
      const box = el.closest('.wall-tile, .wall-panel, .wall-header, .wall-legend, .wall-map-scope');
      if (box && !inside(rect(el), rect(box))) problems.push(`${label} sticks out of its ${box.className}`);
      if (!inside(rect(el), new DOMRect(0, 0, window.innerWidth, window.innerHeight))) problems.push(`${label} is off screen`);
    }
    // The wall's smallest text is 18u (wall.css), read from across the room; the basemap's
    // licence line is the one exception, drawn small on purpose.
    const wall = document.querySelector<HTMLElement>('.wall');
    const u = wall ? parseFloat(getComputedStyle(wall).getPropertyValue('--u')) : Number.NaN;
    if (!(u > 0)) problems.push('the wall has no --u');
    for (const el of wall?.querySelectorAll<HTMLElement>('*') ?? []) {
      const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
      if (!own || el.getClientRects().length === 0 || el.closest('[data-testid="wall-basemap-attribution"]')) continue;
      // SVG text is in the drawing's own units (the trend's viewBox is the design grid).
      const svg = el.closest('svg');
      const scale = svg && svg.viewBox.baseVal.width > 0 ? svg.getBoundingClientRect().width / svg.viewBox.baseVal.width : 1;
      const size = (parseFloat(getComputedStyle(el).fontSize) * scale) / u;
      if (size < 18 - 0.01) problems.push(`"${(el.textContent ?? '').trim().slice(0, 30)}" is set at ${size.toFixed(1)}u, under the wall's 18u`);
    }
    // Tiles, panels, the map and the header: none overlaps another, all on screen.
    const blocks = [...document.querySelectorAll('.wall-header, .wall-tile, .wall-panel, .wall-map')];
    for (const [i, a] of blocks.entries()) {
      const ra = rect(a);
      if (ra.width < 10 || ra.height < 10) problems.push(`${a.className} is collapsed`);
      if (!inside(ra, new DOMRect(0, 0, window.innerWidth, window.innerHeight))) problems.push(`${a.className} is off screen`);
      for (const b of blocks.slice(i + 1)) {
        const rb = rect(b);
        const overlap = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left) > 1 && Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top) > 1;
        if (overlap) problems.push(`${a.className} overlaps ${b.className}`);
      }
    }
    return problems;
  });
}
