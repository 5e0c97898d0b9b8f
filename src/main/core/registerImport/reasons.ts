// Why a row is not written, in words (zh-CN and English), one entry per reason code: the
// preview, the error workbook's 错误原因 and the API's issue list all word it from here.
import type { ImportReason } from '../../../shared/registerImport';

export interface ReasonParams {
  /** The column's header (or the field's name when the column is missing). */
  column: string;
  value: string;
  /** What the reason refers to: the ID's birth date, the other rows, ... */
  detail: string;
}

type Words = (p: ReasonParams) => string;

export const REASON_TEXT: Readonly<Record<ImportReason, { zh: Words; en: Words }>> = {
  required_missing: { zh: (p) => `${p.column}为空，此项必填`, en: (p) => `${p.column} is empty; it is required` },
  id_scientific: {
    zh: () => '身份证号已被 Excel 显示成科学计数法（如 5.00103E+17），后几位数字已经丢失、无法还原：请把该列设为“文本”格式，再按证件重新录入',
    en: () => 'Excel has turned the ID number into scientific notation (like 5.00103E+17) and its last digits are lost for good: format the column as Text and type the number again from the card',
  },
  id_lost_digits: {
    zh: () => '身份证号被存成了数字，Excel 只保留 15 位有效数字，后几位已经丢失：请把该列设为“文本”格式，再按证件重新录入',
    en: () => 'the ID number was stored as a number; Excel keeps 15 significant digits, so its last digits are lost: format the column as Text and type the number again from the card',
  },
  id_format: { zh: () => '身份证号应为 18 位（或旧版 15 位）数字，最后一位可以是 X', en: () => 'an ID number has 18 digits (or 15 in the old form); the last may be X' },
  id_checksum: { zh: () => '身份证号校验位不对（GB 11643）：请核对是否有数字录错', en: () => 'the ID number’s check character is wrong (GB 11643): a digit was probably mistyped' },
  id_birth_date: { zh: () => '身份证号中的出生日期不存在', en: () => 'the birth date inside the ID number does not exist' },
  id_region: { zh: () => '身份证号前两位不是有效的省级行政区划代码', en: () => 'the ID number’s first two digits are not a province code' },
  birth_date_mismatch: {
    zh: (p) => `出生日期（${p.value}）与身份证号中的出生日期（${p.detail}）不一致`,
    en: (p) => `the birth date (${p.value}) differs from the one in the ID number (${p.detail})`,
  },
  gender_mismatch: {
    zh: (p) => `性别（${p.value}）与身份证号所示性别（${p.detail}）不一致`,
    en: (p) => `the gender (${p.value}) differs from the one the ID number encodes (${p.detail})`,
  },
  date_invalid: { zh: () => '无法识别的日期：请写成 1958-03-12 或 1958年3月12日', en: () => 'not a date that can be read: write it as 1958-03-12 or 1958年3月12日' },
  gender_invalid: { zh: () => '性别应为“男”或“女”', en: () => 'the gender must be 男 or 女' },
  phone_invalid: {
    zh: () => '无法识别的电话号码：手机号为 11 位，座机请带区号（如 023-68123456）',
    en: () => 'not a phone number: a mobile has 11 digits, a landline needs its area code (023-68123456)',
  },
  phone_no_area_code: { zh: () => '座机号码缺少区号：请写成 023-68123456 的形式', en: () => 'the landline lacks its area code: write it as 023-68123456' },
  name_invalid: { zh: () => '姓名不能含数字，且不超过 50 个字', en: () => 'a name has no digits and at most 50 characters' },
  address_unparsed: {
    zh: () => '无法从住址中识别楼栋和房号：请写成 3栋2单元501、3-2-501 或分列填写楼栋、单元、房号',
    en: () => 'the building and room cannot be read from the address: write 3栋2单元501 or 3-2-501, or fill the building, unit and room columns',
  },
  address_no_building: { zh: (p) => `本社区没有与住址相符的楼栋${p.detail ? `（${p.detail}）` : ''}`, en: (p) => `no building of this community matches the address${p.detail ? ` (${p.detail})` : ''}` },
  address_ambiguous: { zh: () => '住址可能对应本社区的多个楼栋：请在预览中选择一个', en: () => 'the address may be one of several buildings of this community: pick one in the preview' },
  address_unit_ambiguous: { zh: () => '该楼栋有多个单元都有此房号：请写明单元', en: () => 'several units of the building have this room: name the unit' },
  address_floor: { zh: (p) => `房号所在楼层高于该楼栋的层数（共${p.detail}层）：请核对房号`, en: (p) => `the room lies above the building's top floor (${p.detail} floors): check the room` },
  pick_invalid: { zh: () => '所选楼栋不在本社区：请重新选择', en: () => 'the building picked is not in this community: pick again' },
  duplicate_in_file: { zh: (p) => `身份证号在文件中出现了多次（${p.detail}）：请只保留一行`, en: (p) => `the ID number appears more than once in the file (${p.detail}): keep one row` },
  second_head: { zh: (p) => `同一户已有户主（${p.detail}）：一户只能有一位户主`, en: (p) => `the household already has a head (${p.detail}): one head per household` },
  name_differs: {
    zh: () => '身份证号与已登记的一位居民相同，但姓名不同：请核对身份证号或姓名',
    en: () => 'the ID number belongs to a registered resident with another name: check the ID number or the name',
  },
  other_community: { zh: () => '此人已登记在其他社区：请先由原社区办理迁出', en: () => 'this person is registered in another community: that community records the move-out first' },
};

export function reasonText(reason: ImportReason, params: ReasonParams): { zh: string; en: string } {
  const words = REASON_TEXT[reason];
  return { zh: words.zh(params), en: words.en(params) };
}
