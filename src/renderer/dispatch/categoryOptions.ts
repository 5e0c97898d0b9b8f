// The category tree as Cascader options. For filtering, two levels ("部件 · 市容环境" →
// subcategories; a large category may be picked on its own). For intake, three levels
// (部件/事件 → large → subcategory) and only a subcategory completes the choice.
import type { CascaderOption } from '@mantine/core';
import type { CategoryNode } from '../../shared/cases';
import type { CaseClass } from '../../shared/domain';

export const subValue = (id: number) => `sub:${id}`;
export const largeValue = (id: number) => `cat:${id}`;
const classValue = (c: CaseClass) => `class:${c}`;

/** The category id a Cascader value ends in (large or sub), or null. */
export function categoryIdOf(path: readonly string[] | null): number | null {
  const last = path?.[path.length - 1];
  const m = last ? /^(?:sub|cat):(\d+)$/.exec(last) : null;
  return m ? Number(m[1]) : null;
}

type LimitText = (value: number, unit: 'work_hour' | 'work_day') => string;
type ClassText = (c: CaseClass) => string;

export function filterOptions(tree: readonly CategoryNode[], classText: ClassText): CascaderOption[] {
  return tree.map((large) => ({
    value: largeValue(large.id),
    label: `${classText(large.caseClass)} · ${large.name}`,
    children: large.children.map((sub) => ({ value: subValue(sub.id), label: sub.name })),
  }));
}

export function filterPath(tree: readonly CategoryNode[], id: number | null): string[] | null {
  if (id === null) return null;
  for (const large of tree) {
    if (large.id === id) return [largeValue(large.id)];
    if (large.children.some((c) => c.id === id)) return [largeValue(large.id), subValue(id)];
  }
  return null;
}

export function intakeOptions(tree: readonly CategoryNode[], classText: ClassText, limitText: LimitText): CascaderOption[] {
  const classes: CaseClass[] = ['component', 'event'];
  return classes.map((c) => ({
    value: classValue(c),
    label: classText(c),
    children: tree
      .filter((large) => large.caseClass === c)
      .map((large) => ({
        value: largeValue(large.id),
        label: large.name,
        children: large.children.map((sub) => ({ value: subValue(sub.id), label: `${sub.name}（${limitText(sub.limitValue, sub.limitUnit)}）` })),
      })),
  }));
}

export function intakePath(tree: readonly CategoryNode[], subId: number | null): string[] | null {
  if (subId === null) return null;
  for (const large of tree) {
    if (large.children.some((c) => c.id === subId)) return [classValue(large.caseClass), largeValue(large.id), subValue(subId)];
  }
  return null;
}
