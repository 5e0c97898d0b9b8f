import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../i18n/translate';
import { LAYER } from '../map/layerIds';
import { hitSummary } from './hitSummary';

const t = makeTranslate('zh-CN');
const tOpen = (prefix: string, value: string) => `${prefix}.${value}`;
const grid = { id: 3, name: '第03网格', code: '0103', communityName: '杨家坪社区', households: 434, openCases: 2 };

describe('hitSummary on thematic maps', () => {
  it('adds the chosen metric’s value to a grid, or says it has none', () => {
    const hit = (extra: Record<string, unknown>) => hitSummary({ type: 'detail', ref: { kind: 'grid', id: 3 }, layerId: LAYER.gridFill, properties: { ...grid, ...extra } }, t, tOpen, 'zh-CN');
    expect(hit({ thematicMetric: 'partyCoverage', thematicValue: 62.5 }).lines[0]).toBe('商户党组织覆盖率：62.5%');
    expect(hit({ thematicMetric: 'residents', thematicValue: 12345 }).lines[0]).toBe('人口数：12,345 人');
    expect(hit({ thematicMetric: 'casesPer1000' }).lines[0]).toBe('千人案件数：无数据');
    expect(hit({}).lines).toEqual(['杨家坪社区 · 434 户 · 在办 2']);
  });

  it('names a building outside the service circles with its households', () => {
    const s = hitSummary({ type: 'detail', ref: { kind: 'building', id: 9 }, layerId: LAYER.outsideBuildings, properties: { buildingId: 9, households: 40 } }, t, tOpen, 'zh-CN');
    expect(s).toMatchObject({ lines: ['15分钟服务圈外 · 40 户'], tone: 'warn' });
  });
});
