// 与户主关系 as typed, folded onto the relations the register keeps (RESIDENT_RELATIONS: 户主,
// 配偶, 子女, 父母, 孙子女, 兄弟姐妹, 其他): 本人 is the head, 妻子 a spouse, 长子 a child, 外孙 a
// grandchild; anything else (儿媳, 租客) is 其他, as the paper registers count them.
import type { ResidentRelation } from '../../../shared/registers';
import type { Cell } from './cell';
import { compactText } from './cleanText';

export type Relation = ResidentRelation;

const FOLD: Readonly<Record<string, Relation>> = {
  户主: '户主', 本人: '户主', 本户: '户主',
  配偶: '配偶', 妻: '配偶', 妻子: '配偶', 夫: '配偶', 丈夫: '配偶', 爱人: '配偶',
  子女: '子女', 子: '子女', 女: '子女', 儿子: '子女', 女儿: '子女', 长子: '子女', 次子: '子女', 三子: '子女', 长女: '子女', 次女: '子女', 三女: '子女', 独生子: '子女', 独生女: '子女', 养子: '子女', 养女: '子女', 继子: '子女', 继女: '子女',
  父母: '父母', 父: '父母', 母: '父母', 父亲: '父母', 母亲: '父母', 公公: '父母', 婆婆: '父母', 岳父: '父母', 岳母: '父母',
  孙子女: '孙子女', 孙子: '孙子女', 孙女: '孙子女', 外孙: '孙子女', 外孙女: '孙子女', 外孙子: '孙子女',
  兄弟姐妹: '兄弟姐妹', 兄: '兄弟姐妹', 弟: '兄弟姐妹', 姐: '兄弟姐妹', 妹: '兄弟姐妹', 哥哥: '兄弟姐妹', 弟弟: '兄弟姐妹', 姐姐: '兄弟姐妹', 妹妹: '兄弟姐妹', 兄弟: '兄弟姐妹', 姐妹: '兄弟姐妹',
};

/** The relation, or null when the cell is empty. */
export function normaliseRelation(cell: Cell): Relation | null {
  if (cell.kind === 'empty') return null;
  const s = compactText(cell.kind === 'text' ? cell.text : '');
  if (s === '') return null;
  return FOLD[s] ?? '其他';
}
