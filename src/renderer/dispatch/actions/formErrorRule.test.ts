import { describe, expect, it } from 'vitest';
import { afterAttempt, afterBlur, afterRefusal, FRESH_GATE, shownErrors } from './formErrorRule';

const missing = { categoryId: '请选择小类', lng: '请在地图上点选位置，或通过搜索定位', description: '请描述问题（至少4个字）' };

describe('the form-error rule', () => {
  it('shows nothing before a submit attempt or leaving the field', () => {
    expect(shownErrors(FRESH_GATE, missing, {})).toEqual({});
  });

  it('after a submit, shows every invalid field, and each one goes as soon as it is fixed', () => {
    const gate = afterAttempt(FRESH_GATE);
    expect(shownErrors(gate, missing, {})).toEqual(missing);
    // A subcategory chosen: the local check no longer names it, so neither does the form.
    const rest = { lng: missing.lng, description: missing.description };
    expect(shownErrors(gate, rest, { categoryId: 12 })).toEqual(rest);
    expect(shownErrors(gate, { description: missing.description }, { categoryId: 12, lng: 106.5 })).toEqual({ description: missing.description });
    expect(shownErrors(gate, {}, {})).toEqual({});
  });

  it('shows a field left with a bad value before any submit, and only that field', () => {
    const gate = afterBlur(FRESH_GATE, 'reporterPhone');
    expect(shownErrors(gate, { ...missing, reporterPhone: '请输入11位手机号' }, {})).toEqual({ reporterPhone: '请输入11位手机号' });
  });

  it('keeps a refusal of the core until its field changes, and shows one message per field', () => {
    const values = { buildingId: 7, description: '垃圾满溢' };
    const gate = afterRefusal(afterAttempt(FRESH_GATE), { buildingId: '所选楼栋不在该位置所属的网格内' }, values);
    expect(shownErrors(gate, {}, values)).toEqual({ buildingId: '所选楼栋不在该位置所属的网格内' });
    expect(shownErrors(gate, {}, { ...values, buildingId: 8 })).toEqual({});
    // The local message is the one true now; it wins over an older refusal of the same field.
    expect(shownErrors(gate, { buildingId: '请重新点选' }, values)).toEqual({ buildingId: '请重新点选' });
  });
});
