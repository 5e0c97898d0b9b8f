// Case categories after the GB/T 30428 family (数字化城市管理信息系统): two classes, 部件
// (components: physical city assets, each with an owner) and 事件 (events: behaviour and
// incidents), each split into large categories and subcategories. Every subcategory has
// its handling time limit (处置时限) and the department that owns the matter.
// Dispatch follows "部件先属主后属地, 事件先属地后属主": components go to their owner
// department, events to the territory (the grid) unless the subcategory says otherwise.
import type { CaseClass } from '../../../shared/domain';
import type { WorkUnit } from '../calendar/workCalendar';
import type { Db } from '../db/database';

export interface SubcategoryDef {
  code: string;
  name: string;
  limit: number;
  unit: WorkUnit;
  /** Department code (see DEPARTMENTS): the owner of a component, the competent authority of an event. */
  owner: string;
  /** Who gets the case first: the owner department, or the territory (grid staff). */
  dispatchTo: 'owner' | 'territory';
}

export interface CategoryDef {
  code: string;
  caseClass: CaseClass;
  name: string;
  subcategories: readonly SubcategoryDef[];
}

type Row = [code: string, name: string, limit: number, unit: 'h' | 'd', owner: string, dispatchTo?: 'owner' | 'territory'];

function category(code: string, caseClass: CaseClass, name: string, rows: readonly Row[]): CategoryDef {
  return {
    code,
    caseClass,
    name,
    subcategories: rows.map(([sub, subName, limit, unit, owner, dispatchTo]) => ({
      code: code + sub,
      name: subName,
      limit,
      unit: unit === 'h' ? 'work_hour' : 'work_day',
      owner,
      dispatchTo: dispatchTo ?? (caseClass === 'component' ? 'owner' : 'territory'),
    })),
  };
}

export const CASE_CATEGORIES: readonly CategoryDef[] = [
  category('BJ01', 'component', '公用设施', [
    ['01', '上水井盖破损', 4, 'h', 'GY-ZLS'],
    ['02', '污水井盖破损', 4, 'h', 'QU-CGJ'],
    ['03', '雨水井盖缺失', 2, 'h', 'QU-CGJ'],
    ['04', '电力井盖破损', 4, 'h', 'GY-GDS'],
    ['05', '通信井盖破损', 4, 'h', 'GY-DXS'],
    ['06', '燃气井盖破损', 2, 'h', 'GY-RQS'],
    ['07', '消防栓损坏', 1, 'd', 'QU-XFZ'],
    ['08', '路灯不亮', 2, 'd', 'QU-CGJ'],
  ]),
  category('BJ02', 'component', '道路交通', [
    ['01', '道路破损', 3, 'd', 'QU-CGJ'],
    ['02', '人行道板松动', 3, 'd', 'QU-CGJ'],
    ['03', '交通标志牌损坏', 3, 'd', 'QU-JTJ'],
    ['04', '道路护栏损坏', 2, 'd', 'QU-CGJ'],
    ['05', '公交站亭损坏', 3, 'd', 'QU-JTJ'],
    ['06', '信号灯故障', 4, 'h', 'QU-PCS'],
  ]),
  category('BJ03', 'component', '市容环境', [
    ['01', '垃圾桶破损', 2, 'd', 'JD-CGB'],
    ['02', '果皮箱缺失', 2, 'd', 'JD-CGB'],
    ['03', '公厕设施损坏', 1, 'd', 'QU-CGJ'],
    ['04', '垃圾分类设施损坏', 2, 'd', 'JD-CGB'],
    ['05', '店招店牌破损', 3, 'd', 'QU-CGJ'],
  ]),
  category('BJ04', 'component', '园林绿化', [
    ['01', '行道树倒伏', 4, 'h', 'QU-YLZ'],
    ['02', '树木枯死', 5, 'd', 'QU-YLZ'],
    ['03', '绿地黄土裸露', 5, 'd', 'QU-YLZ'],
    ['04', '花坛损坏', 3, 'd', 'QU-YLZ'],
    ['05', '护树设施损坏', 3, 'd', 'QU-YLZ'],
  ]),
  category('BJ05', 'component', '房屋土地', [
    ['01', '危旧房屋隐患', 2, 'd', 'QU-ZJW'],
    ['02', '外墙瓷砖脱落', 1, 'd', 'QU-ZJW'],
    ['03', '楼道设施损坏', 3, 'd', 'JD-SQB'],
    ['04', '电梯故障', 4, 'h', 'QU-SJS'],
    ['05', '堡坎挡墙开裂', 1, 'd', 'QU-ZJW'],
  ]),
  category('BJ06', 'component', '其他设施', [
    ['01', '治安监控损坏', 2, 'd', 'QU-PCS'],
    ['02', '健身器材损坏', 3, 'd', 'JD-SQB'],
    ['03', '防汛设施损坏', 1, 'd', 'QU-SLJ'],
    ['04', '充电桩故障', 2, 'd', 'GY-GDS'],
    ['05', '通信线缆垂落', 1, 'd', 'GY-DXS'],
  ]),
  category('SJ01', 'event', '市容环境', [
    ['01', '暴露垃圾', 4, 'h', 'JD-CGB'],
    ['02', '积存垃圾渣土', 1, 'd', 'JD-CGB'],
    ['03', '道路不洁', 4, 'h', 'JD-CGB'],
    ['04', '水域不洁', 1, 'd', 'QU-SLJ'],
    ['05', '违规晾晒', 2, 'h', 'JD-CGB'],
    ['06', '餐饮油烟污染', 5, 'd', 'QU-HBJ', 'owner'],
    ['07', '噪声扰民', 2, 'd', 'QU-HBJ'],
    ['08', '乱倒污水', 4, 'h', 'JD-CGB'],
  ]),
  category('SJ02', 'event', '宣传广告', [
    ['01', '违规张贴小广告', 4, 'h', 'JD-CGB'],
    ['02', '违规户外广告', 3, 'd', 'QU-CGJ', 'owner'],
    ['03', '非法喷涂广告', 1, 'd', 'JD-CGB'],
    ['04', '违规悬挂横幅', 1, 'd', 'JD-CGB'],
  ]),
  category('SJ03', 'event', '施工管理', [
    ['01', '违法建设', 15, 'd', 'JD-ZFD'],
    ['02', '施工扰民', 2, 'd', 'QU-ZJW'],
    ['03', '施工占道', 1, 'd', 'JD-ZFD'],
    ['04', '渣土运输遗撒', 4, 'h', 'QU-CGJ', 'owner'],
    ['05', '工地扬尘', 1, 'd', 'QU-ZJW'],
  ]),
  category('SJ04', 'event', '街面秩序', [
    ['01', '占道经营', 4, 'h', 'JD-ZFD'],
    ['02', '店外经营', 4, 'h', 'JD-ZFD'],
    ['03', '无照经营游商', 4, 'h', 'JD-ZFD'],
    ['04', '机动车乱停放', 2, 'h', 'QU-PCS'],
    ['05', '非机动车乱停放', 4, 'h', 'JD-CGB'],
    ['06', '露天烧烤', 2, 'h', 'JD-ZFD'],
    ['07', '流浪乞讨', 1, 'd', 'JD-SQB'],
  ]),
  category('SJ05', 'event', '突发事件', [
    ['01', '道路塌陷', 2, 'h', 'QU-CGJ', 'owner'],
    ['02', '燃气泄漏', 1, 'h', 'GY-RQS', 'owner'],
    ['03', '路面积水', 2, 'h', 'QU-CGJ'],
    ['04', '自来水爆管', 2, 'h', 'GY-ZLS', 'owner'],
    ['05', '火灾隐患', 4, 'h', 'QU-XFZ'],
    ['06', '山体滑坡隐患', 4, 'h', 'JD-YJB'],
  ]),
  category('SJ06', 'event', '其他', [
    ['01', '邻里纠纷', 3, 'd', 'JD-PAB'],
    ['02', '物业纠纷', 5, 'd', 'JD-SQB'],
    ['03', '群租房隐患', 3, 'd', 'JD-PAB'],
    ['04', '消防通道堵塞', 1, 'd', 'QU-XFZ'],
    ['05', '电动车违规充电', 4, 'h', 'QU-XFZ'],
    ['06', '独居老人异常', 4, 'h', 'JD-SQB'],
  ]),
];

/** Every subcategory, flattened, in list order. */
export const CASE_SUBCATEGORIES: readonly SubcategoryDef[] = CASE_CATEGORIES.flatMap((c) => c.subcategories);

/**
 * Inserts categories (limit and owner left NULL on the large categories) and their
 * subcategories. `departmentIds` maps department codes to ids. Returns code → id.
 */
export function insertCategories(db: Db, departmentIds: ReadonlyMap<string, number>): Map<string, number> {
  const insert = db.prepare(
    'INSERT INTO case_category (parent_id, code, class, name, limit_value, limit_unit, owner_department_id, dispatch_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const ids = new Map<string, number>();
  for (const c of CASE_CATEGORIES) {
    const parentId = Number(insert.run(null, c.code, c.caseClass, c.name, null, null, null, null).lastInsertRowid);
    ids.set(c.code, parentId);
    for (const s of c.subcategories) {
      const owner = departmentIds.get(s.owner);
      if (owner === undefined) throw new Error(`category ${s.code}: unknown department ${s.owner}`);
      ids.set(s.code, Number(insert.run(parentId, s.code, c.caseClass, s.name, s.limit, s.unit, owner, s.dispatchTo).lastInsertRowid));
    }
  }
  return ids;
}
