import { describe, expect, it } from 'vitest';
import type { ThematicLayer } from '../../../shared/thematic';
import { choroplethColor, classColors } from '../../map/thematic/choropleth';
import { THEMATIC_NO_DATA, THEMATIC_RAMPS } from '../../map/palette';
import { legendClasses } from './legendClasses';

const households: ThematicLayer = { metric: 'households', breaks: [400, 440, 460, 470], min: 354, max: 488, counts: [2, 2, 2, 2, 2], noData: 0 };
const coverage: ThematicLayer = { metric: 'partyCoverage', breaks: [60, 75.5], min: 12.5, max: 100, counts: [3, 4, 2], noData: 1 };

describe('legendClasses', () => {
  it('writes whole-number classes as closed ranges between the breaks', () => {
    expect(legendClasses(households).map((c) => [c.low, c.high, c.count])).toEqual([
      [354, 399, 2],
      [400, 439, 2],
      [440, 459, 2],
      [460, 469, 2],
      [470, 488, 2],
    ]);
  });

  it('writes one-decimal rates to a tenth below the next break', () => {
    expect(legendClasses(coverage).map((c) => [c.low, c.high])).toEqual([
      [12.5, 59.9],
      [60, 75.4],
      [75.5, 100],
    ]);
  });

  it('uses the colours the map uses, spread over the ramp when there are fewer classes', () => {
    expect(legendClasses(households).map((c) => c.color)).toEqual([...THEMATIC_RAMPS.households]);
    const ramp = THEMATIC_RAMPS.partyCoverage;
    expect(legendClasses(coverage).map((c) => c.color)).toEqual([ramp[0], ramp[2], ramp[4]]);
    expect(choroplethColor(coverage)).toEqual(['case', ['==', ['typeof', ['get', 'thematicValue']], 'number'], ['step', ['get', 'thematicValue'], ramp[0], 60, ramp[2], 75.5, ramp[4]], THEMATIC_NO_DATA]);
    expect(classColors('households', 1)).toEqual([THEMATIC_RAMPS.households[2]]);
  });

  it('has one class when every grid has the same value, and none when no grid has a value', () => {
    const flat: ThematicLayer = { metric: 'overdueCases', breaks: [], min: 0, max: 0, counts: [10], noData: 0 };
    expect(legendClasses(flat)).toEqual([{ color: THEMATIC_RAMPS.overdueCases[2], low: 0, high: 0, count: 10 }]);
    expect(choroplethColor(flat)).toEqual(['case', ['==', ['typeof', ['get', 'thematicValue']], 'number'], THEMATIC_RAMPS.overdueCases[2], THEMATIC_NO_DATA]);
    expect(legendClasses({ metric: 'partyCoverage', breaks: [], min: null, max: null, counts: [0], noData: 10 })).toEqual([]);
  });
});
