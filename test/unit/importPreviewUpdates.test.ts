// The import preview's updated rows name the fields they change in the user's language: a
// register column by the label the core sends with the preview, the other things an update
// changes (a post's holder, a resident's household, a tenant's building, a facility's point)
// by the catalog’s words.
import { describe, expect, it } from 'vitest';
import { makeTranslate } from '../../src/renderer/i18n/translate';
import { changedFieldWords } from '../../src/renderer/registers/changedFields';
import type { ImportPreview } from '../../src/shared/registerImport';

const columns: ImportPreview['fields'] = [
  { field: 'phone', zh: '联系电话', en: 'phone', required: false },
  { field: 'relation', zh: '与户主关系', en: 'relation to the head', required: false },
];

describe('changedFieldWords', () => {
  it('words column fields by the preview’s labels and the rest by the catalog, zh-CN and English', () => {
    const zh = makeTranslate('zh-CN');
    const en = makeTranslate('en');
    expect(changedFieldWords(['phone', 'household'], columns, zh)).toEqual(['联系电话', '所在户']);
    expect(changedFieldWords(['phone', 'household'], columns, en)).toEqual(['phone', 'household']);
    expect(changedFieldWords(['holder', 'residentId', 'buildingId', 'location'], [], zh)).toEqual(['在岗人员', '关联居民', '所在楼栋', '位置']);
    expect(changedFieldWords(['holder', 'residentId', 'buildingId', 'location'], [], en)).toEqual(['holder', 'linked resident', 'building', 'location']);
    expect(changedFieldWords(['relation'], columns, en)).toEqual(['relation to the head']);
  });
});
