import { describe, expect, it } from 'vitest';
import { TOOLTIP_GAP, tooltipPosition, type ScreenBox } from './tooltipPlacement';

const card = { width: 200, height: 60 };
const view = { width: 1000, height: 800 };
const overlaps = (label: ScreenBox) => (box: ScreenBox) => box[0][0] < label[1][0] && label[0][0] < box[1][0] && box[0][1] < label[1][1] && label[0][1] < box[1][1];

describe('the hover card', () => {
  it('sits below-right of the pointer when nothing is there', () => {
    expect(tooltipPosition({ x: 400, y: 300 }, card, view, () => false)).toEqual({ x: 400 + TOOLTIP_GAP, y: 300 + TOOLTIP_GAP });
  });

  it('moves off a grid label it would cover', () => {
    // The grid's name just below-right of the pointer.
    const label: ScreenBox = [[430, 330], [520, 360]];
    const at = tooltipPosition({ x: 400, y: 300 }, card, view, overlaps(label));
    expect(overlaps(label)([[at.x, at.y], [at.x + card.width, at.y + card.height]])).toBe(false);
    expect(at).toEqual({ x: 400 + TOOLTIP_GAP, y: 300 - TOOLTIP_GAP - card.height });
  });

  it('stays on the map near its edges', () => {
    const at = tooltipPosition({ x: 950, y: 780 }, card, view, () => false);
    expect(at).toEqual({ x: 950 - TOOLTIP_GAP - card.width, y: 780 - TOOLTIP_GAP - card.height });
  });
});
