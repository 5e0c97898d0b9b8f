// The import's normalisers one by one: ID numbers (GB 11643 examples, 15 → 18, lower-case
// x, full-width, spaces, digits Excel already lost), dates in every form, phones, addresses.
import { describe, expect, it } from 'vitest';
import { shownText, type Cell } from '../../src/main/core/registerImport/cell';
import { chineseNumber, digitsBeforeMarkers } from '../../src/main/core/registerImport/chineseNumerals';
import { idNumberCheckChar } from '../../src/main/core/validation/idNumber';
import { normaliseDate } from '../../src/main/core/registerImport/normaliseDate';
import { normaliseGender } from '../../src/main/core/registerImport/normaliseGender';
import { normaliseIdNumber, upgradeIdNumber15 } from '../../src/main/core/registerImport/normaliseIdNumber';
import { normalisePhone } from '../../src/main/core/registerImport/normalisePhone';
import { normaliseRelation } from '../../src/main/core/registerImport/normaliseRelation';
import { parseAddress, partNumber } from '../../src/main/core/registerImport/parseAddress';

const text = (t: string): Cell => ({ kind: 'text', text: t });
const num = (value: number): Cell => ({ kind: 'number', value });
const date = (y: number, m: number, d: number): Cell => ({ kind: 'date', date: new Date(Date.UTC(y, m - 1, d)) });

describe('ID numbers', () => {
  it('accepts the GB 11643 examples, with a lower-case x, full-width characters and stray spaces', () => {
    expect(normaliseIdNumber(text('11010519491231002X'))).toEqual({ ok: true, value: '11010519491231002X' });
    expect(normaliseIdNumber(text('11010519491231002x'))).toEqual({ ok: true, value: '11010519491231002X' });
    expect(normaliseIdNumber(text('１１０１０５１９４９１２３１００２Ｘ'))).toEqual({ ok: true, value: '11010519491231002X' });
    expect(normaliseIdNumber(text(' 110105 19491231 002X\u3000'))).toEqual({ ok: true, value: '11010519491231002X' });
    expect(normaliseIdNumber(text('440524188001010014'))).toEqual({ ok: true, value: '440524188001010014' });
  });

  it('upgrades a 15-digit number to 18 (the century and the check character), typed as text or as a number', () => {
    expect(upgradeIdNumber15('110105491231002')).toBe('11010519491231002X');
    expect(normaliseIdNumber(text('110105491231002'))).toEqual({ ok: true, value: '11010519491231002X' });
    expect(normaliseIdNumber(num(110105491231002))).toEqual({ ok: true, value: '11010519491231002X' });
  });

  it('refuses a number Excel has already rounded, as a number or as scientific text', () => {
    expect(normaliseIdNumber(num(500107195110079671))).toEqual({ ok: false, reason: 'id_lost_digits' });
    expect(normaliseIdNumber(num(1e15))).toEqual({ ok: false, reason: 'id_lost_digits' });
    expect(normaliseIdNumber(text('5.00103E+17'))).toEqual({ ok: false, reason: 'id_scientific' });
    expect(normaliseIdNumber(text('5.00103e17'))).toEqual({ ok: false, reason: 'id_scientific' });
  });

  it('says which rule a wrong number breaks', () => {
    expect(normaliseIdNumber(text('110105194912310021'))).toEqual({ ok: false, reason: 'id_checksum' });
    expect(normaliseIdNumber(text('11010519491331002X'))).toEqual({ ok: false, reason: 'id_birth_date' });
    expect(normaliseIdNumber(text(`99010519491231002${idNumberCheckChar('99010519491231002')}`))).toEqual({ ok: false, reason: 'id_region' });
    expect(normaliseIdNumber(text('1101051949123100'))).toEqual({ ok: false, reason: 'id_format' });
    expect(normaliseIdNumber(text('110105491331002'))).toEqual({ ok: false, reason: 'id_birth_date' });
    expect(normaliseIdNumber(text('   '))).toBeNull();
    expect(normaliseIdNumber({ kind: 'empty' })).toBeNull();
  });

  it('shows a long number the way Excel does', () => {
    expect(shownText(num(500107195110079671))).toBe('5.00107E+17');
    expect(shownText(num(13800138000))).toBe('13800138000');
    expect(shownText(num(138001380001))).toBe('1.38001E+11');
    expect(shownText(num(1958))).toBe('1958');
  });
});

describe('dates', () => {
  const all = [
    date(1958, 3, 12),
    num(21256), // Excel serial of 1958-03-12 (1900 system)
    num(19580312),
    text('1958年3月12日'),
    text('1958.03.12'),
    text('1958/3/12'),
    text('1958-3-12'),
    text('19580312'),
    text('１９５８－０３－１２'),
    text(' 1958 年 3 月 12 日 '),
  ];
  it.each(all.map((c) => [shownText(c), c] as const))('reads %s as 1958-03-12', (_shown, cell) => {
    expect(normaliseDate(cell, false)).toEqual({ ok: true, value: '1958-03-12' });
  });

  it('counts serials from 1904 when the workbook does', () => {
    expect(normaliseDate(num(19794), true)).toEqual({ ok: true, value: '1958-03-12' });
  });

  it('keeps a year and month as a month (出生年月)', () => {
    expect(normaliseDate(text('1958年3月'), false)).toEqual({ ok: true, value: '1958-03' });
    expect(normaliseDate(text('1958.03'), false)).toEqual({ ok: true, value: '1958-03' });
  });

  it('refuses days that do not exist and words that are not dates', () => {
    expect(normaliseDate(text('1958-02-30'), false)).toEqual({ ok: false, reason: 'date_invalid' });
    expect(normaliseDate(text('五八年三月'), false)).toEqual({ ok: false, reason: 'date_invalid' });
    expect(normaliseDate(num(3.5), false)).toEqual({ ok: false, reason: 'date_invalid' });
  });
});

describe('phones', () => {
  it.each([
    ['13812345678', '13812345678'],
    ['+86 138 1234 5678', '13812345678'],
    ['+86-138-1234-5678', '13812345678'],
    ['0086 13812345678', '13812345678'],
    ['8613812345678', '13812345678'],
    ['138-1234-5678', '13812345678'],
    ['１３８１２３４５６７８', '13812345678'],
    ['023-68123456', '023-68123456'],
    ['(023)68123456', '023-68123456'],
    ['023 6812 3456', '023-68123456'],
    ['02368123456', '023-68123456'],
    ['010-62345678', '010-62345678'],
    ['0755-2345678', '0755-2345678'],
    ['+86 23 6812 3456', '023-68123456'],
  ])('%s → %s', (raw, want) => {
    expect(normalisePhone(text(raw))).toEqual({ ok: true, value: want });
  });

  it('reads a mobile typed as a number', () => {
    expect(normalisePhone(num(13812345678))).toEqual({ ok: true, value: '13812345678' });
  });

  it('refuses a landline without its area code and numbers that are no phone', () => {
    expect(normalisePhone(text('68123456'))).toEqual({ ok: false, reason: 'phone_no_area_code' });
    expect(normalisePhone(text('1381234567'))).toEqual({ ok: false, reason: 'phone_invalid' });
    expect(normalisePhone(text('无'))).toEqual({ ok: false, reason: 'phone_invalid' });
  });
});

describe('gender and relation', () => {
  it('reads 男/女 in their common forms', () => {
    expect(normaliseGender(text('男'))).toEqual({ ok: true, value: 'M' });
    expect(normaliseGender(text(' 女性 '))).toEqual({ ok: true, value: 'F' });
    expect(normaliseGender(text('f'))).toEqual({ ok: true, value: 'F' });
    expect(normaliseGender(text('未知'))).toEqual({ ok: false, reason: 'gender_invalid' });
  });

  it('folds relations onto the ones the register keeps', () => {
    expect(normaliseRelation(text('本人'))).toBe('户主');
    expect(normaliseRelation(text('妻子'))).toBe('配偶');
    expect(normaliseRelation(text('长子'))).toBe('子女');
    expect(normaliseRelation(text('母亲'))).toBe('父母');
    expect(normaliseRelation(text('孙女'))).toBe('孙子女');
    expect(normaliseRelation(text('姐姐'))).toBe('兄弟姐妹');
    expect(normaliseRelation(text('儿媳'))).toBe('其他');
    expect(normaliseRelation({ kind: 'empty' })).toBeNull();
  });
});

describe('addresses', () => {
  it('reads Chinese numerals', () => {
    expect(chineseNumber('十二')).toBe(12);
    expect(chineseNumber('二十')).toBe(20);
    expect(chineseNumber('二十三')).toBe(23);
    expect(chineseNumber('一百零一')).toBe(101);
    expect(chineseNumber('五〇一')).toBe(501);
    expect(digitsBeforeMarkers('五台正街三栋二单元五〇一室')).toBe('五台正街3栋2单元501室');
  });

  const want = { place: '', houseNumber: null, building: '3', unit: 2, floor: 5, room: '501' };
  it.each(['3栋2单元501', '3-2-501', '三栋二单元501室', '3幢2单元5楼1号', '3号楼2单元501', '3栋2单元501室', '３栋２单元５０１', '3 栋 2 单元 501', '三幢二单元五〇一'])('%s', (raw) => {
    expect(parseAddress(raw)).toEqual(want);
  });

  it('keeps the estate or road in front, and strips the street’s own prefixes', () => {
    const prefixes = ['重庆市九龙坡区九龙街道', '九龙社区'];
    expect(parseAddress('黄桷坪机械厂小区3栋2单元501', prefixes)).toEqual({ ...want, place: '黄桷坪机械厂小区' });
    expect(parseAddress('重庆市九龙坡区九龙街道柏树横街20号1单元101', prefixes)).toEqual({ place: '柏树横街', houseNumber: '20号', building: null, unit: 1, floor: 1, room: '101' });
    expect(parseAddress('九龙社区黄桷坪机械厂小区12栋1单元1203', prefixes)).toEqual({ place: '黄桷坪机械厂小区', houseNumber: null, building: '12', unit: 1, floor: 12, room: '1203' });
    expect(parseAddress('3-501')).toEqual({ place: '', houseNumber: null, building: '3', unit: null, floor: 5, room: '501' });
    expect(parseAddress('不知道')).toBeNull();
  });

  it('reads split columns', () => {
    expect(partNumber('3栋')).toBe('3');
    expect(partNumber('三栋')).toBe('3');
    expect(partNumber('2单元')).toBe('2');
    expect(partNumber('501室')).toBe('501');
    expect(partNumber('０３')).toBe('3');
    expect(partNumber('东')).toBeNull();
  });
});
