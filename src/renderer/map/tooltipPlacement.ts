// Where the hover card goes: beside the pointer, on the first side where it covers no
// label (a grid's or a community's name is what the user reads next) and stays on the map.
// Below-right is the usual place; above-right, below-left and above-left follow.

export interface Point {
  x: number;
  y: number;
}
export interface Size {
  width: number;
  height: number;
}
/** A screen box as MapLibre queries take it: [top-left, bottom-right]. */
export type ScreenBox = [[number, number], [number, number]];

/** Pixels between the pointer and the card. */
export const TOOLTIP_GAP = 14;

export function tooltipPosition(pointer: Point, card: Size, view: Size, coversLabel: (box: ScreenBox) => boolean): Point {
  const right = pointer.x + TOOLTIP_GAP;
  const left = pointer.x - TOOLTIP_GAP - card.width;
  const below = pointer.y + TOOLTIP_GAP;
  const above = pointer.y - TOOLTIP_GAP - card.height;
  const candidates: Point[] = [
    { x: right, y: below },
    { x: right, y: above },
    { x: left, y: below },
    { x: left, y: above },
  ];
  const inView = (p: Point) => p.x >= 0 && p.y >= 0 && p.x + card.width <= view.width && p.y + card.height <= view.height;
  const clear = (p: Point) => !coversLabel([[p.x, p.y], [p.x + card.width, p.y + card.height]]);
  return candidates.find((p) => inView(p) && clear(p)) ?? candidates.find(inView) ?? candidates[0]!;
}
