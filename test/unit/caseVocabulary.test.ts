// The vocabulary the core sends as codes has a name in every UI language: case categories
// by catalogue code (the zh-CN name is the catalogue's own), tenant categories, actor roles
// and the phrases of event notes; and what the core writes into a note or an actor label
// reads back as the same codes, with a person's text kept as text.
import { describe, expect, it } from 'vitest';
import type { NotePart } from '../../src/shared/caseNotes';
import { actorLabelText, readActor } from '../../src/main/core/reference/actors';
import { CASE_CATEGORIES } from '../../src/main/core/reference/categories';
import { readNote, writeNote } from '../../src/main/core/reference/eventNotes';
import { TENANT_CATEGORIES } from '../../src/main/core/demo/names';
import { catalogs } from '../../src/renderer/i18n/locales';

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3000-\u303f\uff00-\uffef]/;
const zh = catalogs['zh-CN'] as Record<string, string>;
const en = catalogs.en as Record<string, string>;

describe('case vocabulary in the catalogs', () => {
  it('names every case category and subcategory, in Chinese as the catalogue does and in English without Chinese', () => {
    for (const c of CASE_CATEGORIES) {
      for (const { code, name } of [c, ...c.subcategories]) {
        expect(zh[`caseCategory.${code}`], code).toBe(name);
        expect(en[`caseCategory.${code}`], code).toMatch(/^[A-Z]/);
        expect(en[`caseCategory.${code}`], code).not.toMatch(CJK);
      }
    }
  });

  it('names every tenant category, and the English vocabulary has no Chinese in it', () => {
    for (const c of TENANT_CATEGORIES) expect(en[`tenantCategory.${c}`], c).toBeTruthy();
    const vocabulary = Object.entries(en).filter(([k]) => /^(caseCategory|tenantCategory|actor|caseNote|caseStatus|caseEvent|caseSource|caseClass|role|staffRole|partyOrgKind|facilityKind|residentTag|buildingUse)\./.test(k));
    for (const [key, value] of vocabulary) expect(value, key).not.toMatch(CJK);
  });
});

describe('actor labels', () => {
  it('reads the role before a name, sources that are no person, and departments as names', () => {
    expect(readActor('网格员 石若琪')).toEqual({ role: 'grid_worker', name: '石若琪' });
    expect(readActor('调度员 王敏')).toEqual({ role: 'dispatcher', name: '王敏' });
    expect(readActor('社区工作人员 张丽')).toEqual({ role: 'community', name: '张丽' });
    expect(readActor('居民 刘*艳')).toEqual({ role: 'resident', name: '刘*艳' });
    expect(readActor('居民')).toEqual({ role: 'resident', name: '' });
    expect(readActor('居民 匿名')).toEqual({ role: 'anonymous_resident', name: '' });
    expect(readActor('12345热线')).toEqual({ role: 'hotline', name: '' });
    expect(readActor('系统管理员')).toEqual({ role: 'admin', name: '' });
    expect(readActor('区城市管理局')).toEqual({ role: null, name: '区城市管理局' });
    expect(readActor('维修班 赵工')).toEqual({ role: null, name: '维修班 赵工' });
    for (const stored of ['网格员 石若琪', '居民', '居民 匿名', '12345热线', '区城市管理局', '社区工作人员 张丽']) expect(actorLabelText(readActor(stored))).toBe(stored);
  });
});

describe('event notes', () => {
  const cases: [NotePart[], string][] = [
    [[{ kind: 'dispatchedTo', to: { role: null, name: '区城市管理局' } }], '派遣至区城市管理局'],
    [[{ kind: 'dispatchedTo', to: { role: 'grid_worker', name: '石若琪' } }, { kind: 'autoDispatchRule', ruleId: 3 }], '派遣至网格员 石若琪（自动派遣规则 #3）'],
    [
      [{ kind: 'dispatchedTo', to: { role: null, name: '区城市管理局' } }, { kind: 'coHandling', names: ['区生态环境局', '街道城管办'] }, { kind: 'text', text: '请尽快处置；注意安全' }],
      '派遣至区城市管理局；会商联办：区生态环境局、街道城管办；请尽快处置；注意安全',
    ],
    [[{ kind: 'reassignedTo', to: { role: null, name: '街道城管办' } }, { kind: 'text', text: '城管专班集中处置' }], '改派至街道城管办；城管专班集中处置'],
    [[{ kind: 'duplicateOf', code: 'AJ2026112000012' }], '与AJ2026112000012重复，已合并'],
    [[{ kind: 'mergedDuplicate', code: 'AJ2026112000013' }], '合并重复案件AJ2026112000013'],
    [[{ kind: 'verifiedClosed' }], '核查通过，予以结案'],
    [[{ kind: 'satisfaction', stars: 4 }, { kind: 'text', text: '处理及时' }], '满意度评价：4星；处理及时'],
    [[{ kind: 'extensionRequested', amount: 2, unit: 'work_day' }, { kind: 'text', text: '需协调物业' }], '申请延期2个工作日：需协调物业'],
    [[{ kind: 'extensionApproved', amount: 4, unit: 'work_hour' }], '批准延期4个工作时'],
    [[{ kind: 'text', text: '已签收，正在处置' }], '已签收，正在处置'],
    [[], ''],
  ];

  it.each(cases)('writes the stored Chinese note and reads the same parts back (%#)', (parts, stored) => {
    expect(writeNote(parts)).toBe(stored);
    expect(readNote(stored)).toEqual(parts);
  });

  it('keeps a person\'s text as text, even when it only starts like a phrase', () => {
    expect(readNote('派遣前已电话联系')).toEqual([{ kind: 'text', text: '派遣前已电话联系' }]);
    expect(readNote('满意度评价：很好')).toEqual([{ kind: 'text', text: '满意度评价：很好' }]);
  });
});
