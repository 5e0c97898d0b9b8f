// Why a field or a row is refused, in words (zh-CN and English), one entry per reason code:
// the import's preview and error workbook (错误原因) and the register forms under each field
// all word it from here. The core sends the code and its parameters (ApiErrorDetail.reason,
// .params) next to its English message; a screen words it in the UI language.
import type { ImportReason } from './registerImport';

/** A reason's parameters: plain strings (ID characters, dates, counts), never words to translate. */
export type FieldReasonParams = Readonly<Record<string, string | undefined>>;

type Words = (p: FieldReasonParams) => string;
interface Texts {
  zh: Words;
  en: Words;
}

const SEX_ZH: Readonly<Record<string, string>> = { M: '男', F: '女' };
const SEX_EN: Readonly<Record<string, string>> = { M: 'male', F: 'female' };

/** Refusals of register writes (resident.add, tenant.update, ...), beyond the import's own. */
const REGISTER_TEXT = {
  required: { zh: () => '此项必填', en: () => 'required' },
  id_birth_future: { zh: (p) => `身份证号中的出生日期（${p.date}）晚于今天`, en: (p) => `the birth date in the ID number (${p.date}) is after today` },
  gender_id_mismatch: {
    zh: (p) => `性别与身份证号不一致：按身份证号第 17 位应为${SEX_ZH[p.expected ?? ''] ?? p.expected}`,
    en: (p) => `the sex differs from the ID number, whose 17th digit says ${SEX_EN[p.expected ?? ''] ?? p.expected}`,
  },
  phone_mobile_length: { zh: (p) => `手机号应为 11 位、以 13–19 开头（现为 ${p.length} 位）`, en: (p) => `a mobile number has 11 digits starting 13–19 (this has ${p.length})` },
  phone_chars: { zh: () => '电话号码只能含数字、空格、短横线和 +86 前缀', en: () => 'a phone number holds only digits, spaces, dashes and a +86 prefix' },
  uscc_length: { zh: (p) => `统一社会信用代码应为 18 位（GB 32100），现为 ${p.length} 位`, en: (p) => `a unified social credit code has 18 characters (GB 32100); this has ${p.length}` },
  uscc_letter: { zh: (p) => `统一社会信用代码不使用字母 ${p.letter}（I、O、S、V、Z 不用）：是否应为 ${p.suggest}？`, en: (p) => `codes leave out the letter ${p.letter} (I, O, S, V, Z): perhaps ${p.suggest}?` },
  uscc_char: { zh: (p) => `“${p.char}”不是统一社会信用代码的字符（数字和大写字母）`, en: (p) => `'${p.char}' is not a code character (digits and capital letters)` },
  uscc_checksum: {
    zh: (p) => `统一社会信用代码校验位不对（GB 32100）：末位是 ${p.got}，按前 17 位应为 ${p.expected}，请核对是否有字符录错`,
    en: (p) => `the check character is ${p.got}, but the first 17 characters give ${p.expected} (GB 32100): a character was probably mistyped`,
  },
  date_future: { zh: (p) => `日期 ${p.date} 晚于今天（${p.today}）`, en: (p) => `${p.date} is in the future (today is ${p.today})` },
  not_found: { zh: () => '所选记录不存在（可能已被删除）', en: () => 'the record picked does not exist (perhaps removed)' },
  id_number_taken: { zh: () => '该身份证号已登记在其他居民名下', en: () => 'this ID number is registered to another resident already' },
  uscc_taken: { zh: () => '该统一社会信用代码已登记（代码不重复使用）', en: () => 'this code is registered already (codes are not reissued)' },
  code_taken: { zh: () => '该编码已被使用（编码不重复使用）', en: () => 'this code is taken (codes are not reused)' },
  name_taken: { zh: () => '该名称已被使用', en: () => 'this name is taken' },
  household_exists: { zh: () => '该楼栋中此单元房号已有住户', en: () => 'this unit and room already exist in the building' },
  household_has_head: { zh: () => '该户已有户主：请先修改原户主的与户主关系', en: () => "the household has a head already: change that resident's relation first" },
  household_not_empty: { zh: () => '户内仍登记有居民，不能设为空置：请先迁移或办理迁出', en: () => 'residents are still registered here: move them or record them as moved out first' },
  resident_departed: { zh: () => '该居民已迁出或死亡', en: () => 'this resident has left the street (moved out or died)' },
  resident_linked: { zh: () => '该居民已关联另一名党员', en: () => 'this resident is linked to another Party member already' },
  holds_post: { zh: () => '该居民担任网格岗位：请先更换或撤销岗位', en: () => 'this resident holds grid staff posts: replace or vacate them first' },
  post_vacated: { zh: () => '该岗位已撤销：请重新任命', en: () => 'this post is vacated: assign a new holder' },
  post_held: { zh: () => '该岗位已有人担任：请先更换或撤销', en: () => 'this post is held: replace its holder or vacate it first' },
  post_has_cases: { zh: () => '该岗位仍有未办结案件：请先改派或更换人员', en: () => 'open cases are assigned to this post: reassign them or replace the holder' },
  post_has_rules: { zh: () => '该岗位是派遣规则的对象：请先修改或停用规则', en: () => 'dispatch rules target this post: change or disable them first' },
  member_departed: { zh: () => '该党员已转出', en: () => 'this Party member has transferred out' },
  org_dissolved: { zh: () => '该党组织已撤销', en: () => 'this Party organisation is dissolved' },
  org_kind_parent: { zh: () => '该类党组织不能隶属于所选上级', en: () => 'this kind of organisation may not sit under the one picked' },
  org_level: { zh: () => '党组织最多四级', en: () => 'the organisation tree has four levels at most' },
  org_community: { zh: () => '上级党组织属于其他社区', en: () => 'the parent organisation belongs to another community' },
  org_root_exists: { zh: () => '街道党工委已存在：一个街道只有一个', en: () => 'the street working committee exists already: a street has one' },
  org_cycle: { zh: () => '所选上级隶属于本组织，会形成循环', en: () => 'the parent picked sits under this organisation: that would make a cycle' },
  org_has_children: { zh: () => '该党组织下仍有下级组织：请先移动或撤销', en: () => 'organisations still sit under this one: move or dissolve them first' },
  already_covered: { zh: () => '已在该党组织覆盖范围内', en: () => 'covered by this organisation already' },
  not_covered: { zh: () => '不在该党组织覆盖范围内', en: () => 'not covered by this organisation' },
  outside_street: { zh: () => '位置不在本街道任何网格内', en: () => 'the position lies outside every grid of the street' },
  tenant_closed: { zh: () => '该单位已注销，不能重新启用', en: () => 'this tenant is deregistered and does not open again' },
  department_inactive: { zh: () => '该部门已停用', en: () => 'this department is deactivated' },
  department_has_rules: { zh: () => '该部门是派遣规则的对象：请先更改规则', en: () => 'dispatch rules target this department: give them another target first' },
  department_owns_categories: { zh: () => '该部门是案件类别的责任部门：请先更换责任部门', en: () => 'this department owns case categories: give them another owner first' },
  unchanged: { zh: () => '与现有记录相同，无需更改', en: () => 'this is how the record stands already: nothing to change' },
  floor_zero: { zh: () => '楼层不能为 0：地上一层为 1，地下为 -1、-2…', en: () => 'the floor cannot be 0: the ground floor is 1, basements are -1, -2, …' },
  floor_above: { zh: (p) => `第 ${p.floor} 层高于该楼栋的最高层（${p.top} 层）`, en: (p) => `floor ${p.floor} is above the building's top floor (${p.top})` },
  floors_below_registered: { zh: (p) => `第 ${p.floor} 层登记有住户或单位，层数不能少于此`, en: (p) => `a household or tenant is registered on floor ${p.floor}: the building has at least that many floors` },
  year_future: { zh: (p) => `建成年份 ${p.year} 晚于今年（${p.thisYear}）`, en: (p) => `${p.year} is after this year (${p.thisYear})` },
  name_differs_resident: { zh: () => '姓名与该居民登记的姓名不一致', en: () => 'the name differs from the one registered for this resident' },
  member_id_taken: { zh: () => '该身份证号已登记在其他党员名下', en: () => 'this ID number is registered to another Party member already' },
  id_differs_resident: { zh: () => '身份证号与该居民登记的身份证号不一致', en: () => 'the ID number differs from the one registered for this resident' },
  gender_differs_resident: { zh: () => '性别与该居民登记的性别不一致', en: () => 'the sex differs from the one registered for this resident' },
  before_joined: { zh: (p) => `日期 ${p.date} 早于入党日期（${p.joinedOn}）`, en: (p) => `${p.date} is before the day they joined the Party (${p.joinedOn})` },
  building_required: { zh: () => '楼栋长须选择楼栋', en: () => 'a building head (楼栋长) needs a building' },
  building_head_only: { zh: () => '只有楼栋长需要选择楼栋', en: () => 'only a building head (楼栋长) has a building' },
  grid_required: { zh: () => '此岗位须选择网格', en: () => 'this post needs a grid' },
  grid_not_building: { zh: (p) => `所选网格不是该楼栋所在网格（网格 ${p.grid}）：可不填`, en: (p) => `not the grid of the building (grid ${p.grid}); leave it out` },
  handler_only: { zh: () => '只有处置人员账号可以归属部门', en: () => 'only handler accounts (处置人员) work for a department' },
  grade_note_alone: { zh: () => '评级说明须与新的信用等级一起填写', en: () => 'a grade note goes with a new credit grade' },
  footprint_not_closed: { zh: () => '轮廓未闭合：最后一点须与第一点相同', en: () => 'the outline is not closed: the last position must repeat the first' },
  footprint_position: { zh: () => '轮廓中有无效的经纬度', en: () => 'the outline holds a position that is not [longitude, latitude]' },
  footprint_self_crossing: { zh: () => '轮廓自相交：请重新绘制，边不要交叉', en: () => 'the outline crosses itself: draw it without crossing edges' },
  org_root_no_parent: { zh: () => '街道党工委是最上级，不能有上级组织', en: () => 'the street working committee heads the tree and has no parent' },
  org_parent_required: { zh: () => '须选择上级党组织', en: () => 'a parent organisation is required' },
  org_root_fixed: { zh: () => '街道党工委不能移动或撤销', en: () => 'the street working committee is not moved or dissolved' },
  org_self_parent: { zh: () => '不能选择本组织作为上级', en: () => 'an organisation cannot sit under itself' },
  org_into_self: { zh: () => '党员不能转入正在撤销的组织：请选择其他组织', en: () => 'the members cannot go to the organisation being dissolved: pick another' },
  rectification_needs_weak: { zh: () => '整顿中仅适用于评定为软弱涣散的组织', en: () => 'rectification is for an organisation rated weak (软弱涣散)' },
  coverage_empty: { zh: () => '请选择要增加或移除的覆盖对象', en: () => 'name what the organisation starts or stops covering' },
  duplicate_target: { zh: () => '同一对象选择了两次', en: () => 'the same target is named twice' },
  case_class_required: { zh: () => '大类须选择部件或事件', en: () => 'a large category is a component (部件) or an event (事件)' },
  case_class_differs: { zh: () => '小类的部件/事件属性随其大类：可不填', en: () => "a subcategory takes its large category's class: leave it out" },
  subcategory_only: { zh: () => '此项仅适用于小类', en: () => 'this belongs to a subcategory' },
  parent_not_large: { zh: () => '所选上级是小类：小类须隶属于大类', en: () => 'the parent picked is a subcategory: a subcategory sits under a large category' },
  limit_required: { zh: () => '小类须填写处置时限', en: () => 'a subcategory has its time limit (处置时限)' },
  limit_unit_required: { zh: () => '须选择时限单位：工作时或工作日', en: () => 'the limit unit is required: work hours or work days' },
  code_prefix: { zh: (p) => `小类编码须以其大类编码 ${p.prefix} 开头`, en: (p) => `a subcategory's code starts with its large category's code ${p.prefix}` },
  owner_required: { zh: () => '案件先派给责任部门时，须选择责任部门', en: () => 'an owner department is required when cases go to the owner first' },
  account_disabled: { zh: () => '该账号已停用', en: () => 'this account is disabled' },
} satisfies Record<string, Texts>;

const IMPORT_TEXT = {
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
  id_checksum: {
    // The import words it without the characters; a register write names them.
    zh: (p) => (p.expected ? `身份证号校验位不对（GB 11643）：末位是 ${p.got}，按前 17 位应为 ${p.expected}，请核对是否有数字录错` : '身份证号校验位不对（GB 11643）：请核对是否有数字录错'),
    en: (p) => (p.expected ? `the ID number’s check character is ${p.got}, but its first 17 digits give ${p.expected} (GB 11643): a digit was probably mistyped` : 'the ID number’s check character is wrong (GB 11643): a digit was probably mistyped'),
  },
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
  id_unavailable: { zh: () => '该身份证号不能由本社区导入：请与街道核实此人的登记情况', en: () => 'this ID number cannot be imported by this community: check the person’s registration with the street office' },
  post_invalid: { zh: () => '岗位应为 网格长、网格员、楼栋长 或 志愿者', en: () => 'the post must be 网格长 (grid head), 网格员 (grid worker), 楼栋长 (building head) or 志愿者 (volunteer)' },
  grid_unknown: {
    zh: (p) => `本社区没有网格“${p.value}”：请写网格名称（如 ${p.detail}）或 14 位网格编码`,
    en: (p) => `this community has no grid "${p.value}": write the grid's name (like ${p.detail}) or its 14-digit code`,
  },
  grid_other_community: { zh: (p) => `网格“${p.value}”属于${p.detail}，不在本次导入的社区`, en: (p) => `grid "${p.value}" belongs to ${p.detail}, not to the community being imported` },
  building_unknown: { zh: (p) => `本社区没有楼栋“${p.value}”：请写楼栋名称（如 ${p.detail}）或楼栋编码`, en: (p) => `this community has no building "${p.value}": write its name (like ${p.detail}) or its code` },
  building_not_in_grid: { zh: (p) => `楼栋“${p.value}”在${p.detail}，不在该行所写的网格：可不填网格`, en: (p) => `building "${p.value}" lies in ${p.detail}, not in the row's grid: the grid may be left empty` },
  building_head_only_column: { zh: () => '只有楼栋长填写楼栋：其他岗位此列留空', en: () => 'only a building head (楼栋长) has a building: leave this empty for other posts' },
  post_twice_in_file: {
    zh: (p) => `同一岗位在文件中出现了多次（${p.detail}）：网格长、网格员每个网格一人，楼栋长每栋一人，请只保留一行`,
    en: (p) => `the same post appears more than once in the file (${p.detail}): one grid head and one grid worker per grid, one building head per building; keep one row`,
  },
  resident_id_unknown: { zh: () => '本社区没有登记此身份证号的居民：请核对号码，或不填身份证号', en: () => 'no resident of this community has this ID number: check it, or leave it empty' },
  id_masked: { zh: () => '身份证号是脱敏显示的（中间为 *），与现登记的不符：请填写完整号码，或不填', en: () => 'the ID number is masked (* in the middle) and does not match the one registered: write it in full, or leave it empty' },
  phone_masked: { zh: () => '电话是脱敏显示的（中间为 *），与现登记的不符：请填写完整号码', en: () => 'the phone is masked (* in the middle) and does not match the one registered: write it in full' },
  date_after_today: { zh: (p) => `${p.column}（${p.value}）晚于今天（${p.detail}）`, en: (p) => `${p.column} (${p.value}) is after today (${p.detail})` },
  post_role_refused: {
    zh: (p) => `本账号的角色不能任命或更换${p.value}（网格长、网格员由街道管理员任命）：本行未导入，可只导入楼栋长、志愿者`,
    en: (p) => `your role may not appoint or replace a ${p.value === '网格长' ? 'grid head' : 'grid worker'} (${p.value}; the street's administrators appoint grid heads and grid workers): this row is not imported; building heads and volunteers can be`,
  },
  party_member_invalid: { zh: () => '是否党员应为“是”或“否”（也可写 中共党员、预备党员、群众）', en: () => 'Party membership must be 是 (yes) or 否 (no) (or 中共党员, 预备党员, 群众)' },
  facility_kind_unknown: { zh: (p) => `设施类型“${p.value}”不可用：可选 ${p.detail}`, en: (p) => `"${p.value}" is not a facility kind: one of ${p.detail}` },
  coordinate_invalid: {
    zh: (p) => `${p.column}应为 WGS-84 经纬度的小数度数（经度如 106.5096，纬度如 29.4994）`,
    en: (p) => `${p.column} must be a WGS-84 coordinate in decimal degrees (longitude like 106.5096, latitude like 29.4994)`,
  },
  point_outside_street: {
    zh: () => '该经纬度不在本街道任何网格内：请核对经纬度（须为 WGS-84 坐标，经度、纬度未填反）',
    en: () => 'the position lies outside every grid of the street: check the coordinates (WGS-84, longitude and latitude not swapped)',
  },
  point_other_community: { zh: (p) => `该经纬度位于${p.detail}，不在本次导入的社区`, en: (p) => `the position lies in ${p.detail}, not in the community being imported` },
  community_differs: { zh: (p) => `所属社区“${p.value}”不是本次导入的社区（${p.detail}）`, en: (p) => `"${p.value}" is not the community being imported (${p.detail})` },
  name_twice_in_file: { zh: (p) => `同一名称在文件中出现了多次（${p.detail}）：请只保留一行`, en: (p) => `the same name appears more than once in the file (${p.detail}): keep one row` },
  too_long: { zh: (p) => `${p.column}过长：最多 ${p.detail} 个字`, en: (p) => `${p.column} is too long: ${p.detail} characters at most` },
  org_kind_unknown: { zh: (p) => `组织类别“${p.value}”无法识别：可选 ${p.detail}`, en: (p) => `"${p.value}" is not a kind of Party organisation: one of ${p.detail}` },
  org_level_invalid: { zh: () => '层级应为 1–4（街道党工委为 1 级）', en: () => 'the level is 1 to 4 (the street working committee is level 1)' },
  org_level_mismatch: { zh: (p) => `层级（${p.value}）与上级党组织不符：按上级应为 ${p.detail} 级，可不填`, en: (p) => `the level (${p.value}) does not follow from the parent, which gives level ${p.detail}; it may be left empty` },
  org_parent_unknown: { zh: (p) => `上级党组织“${p.value}”在本街道和本文件中都找不到：请核对名称`, en: (p) => `the parent "${p.value}" is neither in the street nor in this file: check the name` },
  org_parent_cycle: { zh: (p) => `上级关系形成循环（${p.detail}）：一个组织不能隶属于自己的下级`, en: (p) => `the parents make a cycle (${p.detail}): an organisation cannot sit under one below it` },
  org_parent_refused: { zh: (p) => `上级党组织所在行（${p.detail}）未能导入：请先改正那一行`, en: (p) => `the parent's row (${p.detail}) is not imported: fix that row first` },
  org_parent_kind: { zh: (p) => `该类党组织不能隶属于“${p.value}”：应隶属于 ${p.detail}`, en: (p) => `this kind of organisation may not sit under "${p.value}": it sits under ${p.detail}` },
  org_too_deep: { zh: () => '党组织最多四级：按上级关系该组织会在第 5 级或更低', en: () => 'the tree has four levels: under this parent the organisation would be at level 5 or below' },
  org_name_ambiguous: { zh: (p) => `本街道有多个名为“${p.value}”的党组织：请写明上级党组织以区分`, en: (p) => `several organisations of the street are named "${p.value}": name the parent to tell them apart` },
  org_twice_in_file: { zh: (p) => `同一党组织在文件中出现了多次（${p.detail}）：请只保留一行`, en: (p) => `the same organisation appears more than once in the file (${p.detail}): keep one row` },
  org_place_unknown: { zh: (p) => `本街道没有楼栋“${p.value}”：活动阵地请写楼栋名称或编码，或不填而写覆盖范围`, en: (p) => `the street has no building "${p.value}": write the meeting place's building name or code, or leave it empty and fill the coverage` },
  coverage_unknown: { zh: (p) => `覆盖范围中的“${p.detail}”不是本街道的网格、楼栋或单位：网格写 铁马·11网格 或网格编码，楼栋、单位写名称`, en: (p) => `"${p.detail}" in the coverage is no grid, building or tenant of the street: write grids as 铁马·11网格 or their code, buildings and tenants by name` },
  coverage_ambiguous: { zh: (p) => `覆盖范围中的“${p.detail}”对应多个单位：请改写统一社会信用代码`, en: (p) => `"${p.detail}" in the coverage names several tenants: write its unified social credit code instead` },
  field_fixed: { zh: (p) => `已登记记录的${p.column}（${p.detail}）不能通过导入更改：请在台账中修改，或按原值填写`, en: (p) => `the ${p.column} of a registered record (${p.detail}) is not changed by an import: edit it in the register, or write it as it stands` },
  masked_unmatched: { zh: (p) => `${p.column}是脱敏显示的（含 *），与现登记的记录对不上：请填写完整内容`, en: (p) => `${p.column} is masked (holds *) and matches no registered record: write it in full` },
  member_category_unknown: { zh: (p) => `党员类别“${p.value}”无法识别：可选 ${p.detail}`, en: (p) => `"${p.value}" is not a member category: one of ${p.detail}` },
  member_org_unknown: { zh: (p) => `本街道没有党组织“${p.value}”${p.detail ? `（${p.detail}）` : ''}：请写党组织全称`, en: (p) => `the street has no Party organisation "${p.value}"${p.detail ? ` (${p.detail})` : ''}: write its full name` },
  report_community_unknown: { zh: (p) => `本街道没有社区“${p.value}”：双报到社区请写社区名称`, en: (p) => `the street has no community "${p.value}": write the community's name` },
  org_parent_community: { zh: (p) => `上级党组织“${p.value}”属于${p.detail}，与本组织不在同一社区：社区的党组织只能隶属于本社区或街道的上级`, en: (p) => `the parent "${p.value}" belongs to ${p.detail}, another community than this organisation's: a community's organisation sits under one of its own community or of the street` },
  number_invalid: { zh: (p) => `${p.column}“${p.value}”应为整数（${p.detail}）`, en: (p) => `${p.column} "${p.value}" must be a whole number (${p.detail})` },
  number_lost_digits: {
    zh: (p) => `${p.column}被 Excel 存成了数字，只保留 15 位有效数字，后几位已经丢失：请把该列设为“文本”格式，再按原件重新录入`,
    en: (p) => `${p.column} was stored as a number; Excel keeps 15 significant digits, so its last ones are lost: format the column as Text and type it again`,
  },
  value_not_allowed: { zh: (p) => `${p.column}“${p.value}”不是可选的值：可选 ${p.detail}`, en: (p) => `${p.column} "${p.value}" is not one of the allowed values: ${p.detail}` },
  building_no_footprint: {
    zh: (p) => `本街道没有楼栋“${p.value}”：新楼栋须有建筑轮廓才能上图入格，请用 GIS 导入建筑轮廓；本台账只更新已有楼栋的属性`,
    en: (p) => `the street has no building "${p.value}": a new building needs its footprint to stand on the map and in a grid, so bring it in with the GIS import; this register updates the attributes of buildings the street has`,
  },
  building_ambiguous: { zh: (p) => `“${p.value}”对应本社区多个楼栋（编码 ${p.detail}）：请填写楼栋编码`, en: (p) => `"${p.value}" names several buildings of this community (codes ${p.detail}): write the building code` },
  building_other_community: { zh: (p) => `楼栋“${p.value}”属于其他社区，不在本次导入的社区`, en: (p) => `building "${p.value}" belongs to another community, not to the community being imported` },
  building_keys_differ: {
    zh: (p) => `“${p.value}”与本行其他列所指的楼栋（${p.detail}）不是同一栋：请核对楼栋编码、名称和地址`,
    en: (p) => `"${p.value}" is not the building the row's other columns name (${p.detail}): check the code, name and address`,
  },
  building_address_differs: {
    zh: (p) => `地址与该楼栋登记的地址（${p.detail}）不符：楼栋地址随建筑轮廓和门牌，不能通过导入更改`,
    en: (p) => `the address differs from the building's registered one (${p.detail}): a building's address follows its footprint and house number and is not changed by an import`,
  },
  building_twice_in_file: { zh: (p) => `同一楼栋在文件中出现了多次（${p.detail}）：请只保留一行`, en: (p) => `the same building appears more than once in the file (${p.detail}): keep one row` },
  building_name_taken: { zh: (p) => `名称“${p.value}”已是本社区另一楼栋（编码 ${p.detail}）的名称`, en: (p) => `"${p.value}" is the name of another building of this community (code ${p.detail})` },
  floors_below_households: {
    zh: (p) => `层数（${p.value}）低于该楼栋已登记住户或单位的楼层（第 ${p.detail} 层）`,
    en: (p) => `the floors (${p.value}) are fewer than floor ${p.detail}, where a household or tenant of the building is registered`,
  },
  uscc_bad_length: { zh: (p) => `统一社会信用代码应为 18 位（GB 32100），现为 ${p.detail} 位`, en: (p) => `a unified social credit code has 18 characters (GB 32100); this has ${p.detail}` },
  uscc_bad_letter: { zh: (p) => `统一社会信用代码不使用字母 ${p.detail}（I、O、S、V、Z 不用）：请核对`, en: (p) => `codes leave out the letter ${p.detail} (I, O, S, V, Z): check the code` },
  uscc_bad_char: { zh: (p) => `“${p.detail}”不是统一社会信用代码的字符（数字和大写字母）`, en: (p) => `'${p.detail}' is not a code character (digits and capital letters)` },
  uscc_bad_check: {
    zh: (p) => `统一社会信用代码校验位不对（GB 32100）：按前 17 位末位应为 ${p.detail}，请核对是否有字符录错`,
    en: (p) => `the check character is wrong: the first 17 characters give ${p.detail} (GB 32100); a character was probably mistyped`,
  },
  uscc_twice_in_file: { zh: (p) => `统一社会信用代码在文件中出现了多次（${p.detail}）：请只保留一行`, en: (p) => `the code appears more than once in the file (${p.detail}): keep one row` },
  tenant_other_community: { zh: (p) => `该单位登记在${p.detail}：请由该社区办理迁移`, en: (p) => `this tenant is registered in ${p.detail}: that community moves it` },
  tenant_ambiguous: { zh: (p) => `本社区有多家名为“${p.value}”的单位：请填写统一社会信用代码`, en: (p) => `several tenants of this community are named "${p.value}": write the unified social credit code` },
  tenant_new_closed: { zh: () => '新登记的单位不能是注销状态：请填写营业或歇业', en: () => 'a tenant registered now cannot be deregistered (注销): write 营业 or 歇业' },
  tenant_deregistered: { zh: (p) => `该统一社会信用代码的单位已于 ${p.detail} 注销：注销的单位不能重新启用，代码不重复使用`, en: (p) => `the tenant with this code was deregistered on ${p.detail}: it does not open again and its code is not reissued` },
  tenant_floor_above: { zh: (p) => `楼层（${p.value}）高于所在楼栋的层数（${p.detail} 层）`, en: (p) => `floor ${p.value} is above the building's top floor (${p.detail})` },
} satisfies Record<ImportReason, Texts>;

export const FIELD_REASON_TEXT: Readonly<Record<FieldReason, Texts>> = { ...IMPORT_TEXT, ...REGISTER_TEXT };
export type FieldReason = keyof typeof IMPORT_TEXT | keyof typeof REGISTER_TEXT;

export function isFieldReason(reason: string | undefined): reason is FieldReason {
  return reason !== undefined && Object.prototype.hasOwnProperty.call(FIELD_REASON_TEXT, reason);
}

export function fieldReasonText(reason: FieldReason, params: FieldReasonParams = {}): { zh: string; en: string } {
  const words = FIELD_REASON_TEXT[reason];
  return { zh: words.zh(params), en: words.en(params) };
}
