import { describe, expect, it } from 'vitest';
import type { CategoryNode } from '../../shared/cases';
import { categoryIdOf, filterPath, intakeOptions, intakePath } from './categoryOptions';

const tree: CategoryNode[] = [
  {
    id: 1,
    code: '01',
    caseClass: 'component',
    name: '公用设施',
    children: [{ id: 11, code: '0101', name: '井盖', limitValue: 2, limitUnit: 'work_day', dispatchTo: 'owner', ownerDepartmentId: 3, ownerDepartmentName: '水务' }],
  },
  {
    id: 2,
    code: '02',
    caseClass: 'event',
    name: '市容环境',
    children: [{ id: 21, code: '0201', name: '暴露垃圾', limitValue: 4, limitUnit: 'work_hour', dispatchTo: 'territory', ownerDepartmentId: null, ownerDepartmentName: null }],
  },
];

describe('category options', () => {
  it('round-trips ids through Cascader paths', () => {
    expect(categoryIdOf(filterPath(tree, 21))).toBe(21);
    expect(categoryIdOf(filterPath(tree, 2))).toBe(2);
    expect(categoryIdOf(intakePath(tree, 11))).toBe(11);
    expect(categoryIdOf(['class:event'])).toBeNull();
    expect(filterPath(tree, 99)).toBeNull();
  });
  it('groups intake options by class and shows each time limit', () => {
    const options = intakeOptions(tree, (c) => (c === 'component' ? '部件' : '事件'), (v, u) => `${v}${u === 'work_hour' ? '工作时' : '工作日'}`);
    expect(options.map((o) => o.label)).toEqual(['部件', '事件']);
    expect(options[1]?.children?.[0]?.children?.[0]?.label).toBe('暴露垃圾（4工作时）');
  });
});
