// Names for the demo street: people (surnames weighted by national frequency, with the
// Sichuan-Chongqing surnames a little more common; given names that follow the fashions
// of each generation), roads, estates, communities and businesses. Everything here is
// invented: any likeness to a real person or firm is chance.
import { type Rng, WeightedTable } from './rng';

/** [surname, share of population in percent] (2020 census order, regional tilt for 唐 邓 谭 向 冉 ...). */
const SURNAME_WEIGHTS: readonly (readonly [string, number])[] = [
  ['王', 7.1], ['李', 7.3], ['张', 6.6], ['刘', 5.6], ['陈', 4.8], ['杨', 3.4], ['黄', 2.3], ['赵', 2.0],
  ['吴', 2.0], ['周', 1.9], ['徐', 1.5], ['孙', 1.2], ['马', 1.2], ['朱', 1.2], ['胡', 1.4], ['郭', 1.0],
  ['何', 1.3], ['高', 0.9], ['林', 0.8], ['罗', 1.2], ['郑', 0.8], ['梁', 0.7], ['谢', 0.9], ['宋', 0.6],
  ['唐', 1.0], ['许', 0.6], ['韩', 0.5], ['冯', 0.6], ['邓', 0.9], ['曹', 0.5], ['彭', 0.8], ['曾', 0.7],
  ['肖', 0.7], ['田', 0.5], ['董', 0.4], ['袁', 0.6], ['潘', 0.4], ['于', 0.3], ['蒋', 0.6], ['蔡', 0.4],
  ['余', 0.6], ['杜', 0.5], ['叶', 0.4], ['程', 0.4], ['苏', 0.3], ['魏', 0.3], ['吕', 0.3], ['丁', 0.3],
  ['任', 0.4], ['沈', 0.3], ['姚', 0.3], ['卢', 0.3], ['姜', 0.2], ['崔', 0.2], ['钟', 0.3], ['谭', 0.6],
  ['陆', 0.2], ['汪', 0.2], ['范', 0.3], ['金', 0.2], ['石', 0.3], ['廖', 0.4], ['贾', 0.2], ['夏', 0.2],
  ['付', 0.3], ['方', 0.2], ['白', 0.2], ['邹', 0.3], ['孟', 0.2], ['熊', 0.4], ['秦', 0.2], ['邱', 0.2],
  ['江', 0.2], ['尹', 0.2], ['薛', 0.1], ['段', 0.2], ['雷', 0.3], ['侯', 0.2], ['龙', 0.2], ['史', 0.1],
  ['陶', 0.2], ['黎', 0.2], ['贺', 0.2], ['毛', 0.2], ['龚', 0.2], ['万', 0.2], ['严', 0.1], ['向', 0.3],
  ['冉', 0.2], ['牟', 0.1], ['况', 0.05], ['游', 0.1], ['刁', 0.05], ['税', 0.03], ['涂', 0.1], ['文', 0.2],
];
const SURNAMES = new WeightedTable(
  SURNAME_WEIGHTS.map(([s]) => s),
  SURNAME_WEIGHTS.map(([, w]) => w),
);

/** Characters of given names by sex and generation (born before 1960, 1960-1989, from 1990). */
const GIVEN: Readonly<Record<'M' | 'F', readonly [string, string, string]>> = {
  M: [
    '建国华明德福顺祥文志永春海忠清军成富贵荣仁义光发洪林树全兴家昌平安学',
    '伟强勇军斌涛磊刚鹏辉杰波峰超亮兵俊毅明健林宏平东红钢凯晓云飞翔浩海江',
    '浩宇轩子俊博睿泽梓然晨铭一诚宸皓航逸哲瑞煜恒昊锦阳思源佑霖楷奕鑫嘉',
  ],
  F: [
    '秀英兰芳珍玉桂凤淑琴云华萍翠素梅菊香秋淑贞惠玉莲琼碧容',
    '丽静敏燕艳娟霞红玲婷琳雪莉丹洁颖慧晶倩蓉梅芬萍佳璐瑶莎艳薇',
    '欣怡涵萱梓雨思可佳琪诗若悦嘉语馨彤一涵沐琳瑶桐妍芮晴悠语菲宁',
  ],
};

function generation(birthYear: number): 0 | 1 | 2 {
  return birthYear < 1960 ? 0 : birthYear < 1990 ? 1 : 2;
}

export function surname(rng: Rng): string {
  return SURNAMES.draw(rng);
}

/** A given name of one or two characters in the fashion of the birth year. */
export function givenName(rng: Rng, gender: 'M' | 'F', birthYear: number): string {
  const gen = generation(birthYear);
  const pool = GIVEN[gender][gen];
  const first = pool[rng.int(0, pool.length - 1)]!;
  // Single-character given names were common mid-century and again rare today.
  const single = rng.chance(gen === 1 ? 0.35 : gen === 0 ? 0.25 : 0.12);
  if (single) return first;
  let second = pool[rng.int(0, pool.length - 1)]!;
  if (second === first && rng.chance(0.7)) second = pool[rng.int(0, pool.length - 1)]!;
  return first + second;
}

export function personName(rng: Rng, gender: 'M' | 'F', birthYear: number, family?: string): string {
  return (family ?? surname(rng)) + givenName(rng, gender, birthYear);
}

/** Mainland mobile number prefixes in use (China Mobile, Unicom, Telecom, Broadnet). */
const MOBILE_PREFIXES = [
  '130', '131', '132', '133', '134', '135', '136', '137', '138', '139', '145', '147', '150', '151', '152', '153',
  '155', '156', '157', '158', '159', '166', '173', '175', '176', '177', '178', '180', '181', '182', '183', '184',
  '185', '186', '187', '188', '189', '191', '193', '195', '198', '199',
] as const;

export function mobilePhone(rng: Rng): string {
  const n = rng.int(0, 99_999_999);
  return rng.pick(MOBILE_PREFIXES) + String(n).padStart(8, '0');
}

/** A Chongqing landline (area code 023, eight-digit local number). */
export function landlinePhone(rng: Rng): string {
  return `023-6${String(rng.int(0, 9_999_999)).padStart(7, '0')}`;
}

const CN_DIGITS = '零一二三四五六七八九';

/** Chinese numeral for 1..99 (一, 十, 十二, 二十, 二十三). */
export function chineseNumber(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) return String(n);
  if (n < 10) return CN_DIGITS[n]!;
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return (tens === 1 ? '' : CN_DIGITS[tens]!) + '十' + (ones ? CN_DIGITS[ones]! : '');
}

/** Place-name stems of the Jiulongpo area and invented ones, for roads, estates and communities. */
export const PLACE_STEMS = [
  '杨家坪', '九龙', '黄桷坪', '谢家湾', '石坪桥', '西郊', '滩子口', '盘龙', '渝州', '铁马', '电力村', '鹅公岩',
  '建设坡', '朝田', '新山村', '民主村', '兴胜', '华福', '袁家岗', '彩云湖', '桃花溪', '马王坪', '石桥铺', '杨九',
  '冬青', '柏树', '团结', '龙腾', '华岩', '五台', '大堰', '九滨', '金凤', '白马', '双山', '长石',
] as const;

export const COMMUNITY_STEMS = [
  '杨家坪', '九龙', '黄桷坪', '谢家湾', '石坪桥', '西郊', '滩子口', '盘龙', '铁马', '电力村',
  '鹅公岩', '建设坡', '朝田', '民主村', '兴胜', '华福', '彩云湖', '桃花溪', '马王坪', '冬青',
] as const;

/** Community names: the list first, then numbered second communities when a big scale runs out of stems. */
export function communityName(index: number): string {
  const stem = COMMUNITY_STEMS[index % COMMUNITY_STEMS.length]!;
  const round = Math.floor(index / COMMUNITY_STEMS.length);
  return round === 0 ? `${stem}社区` : `${stem}${chineseNumber(round + 1)}社区`;
}

const ROAD_SUFFIX_MAIN = ['大道', '路', '正街'] as const;
const ROAD_SUFFIX_SECONDARY = ['路', '街', '支路', '巷', '横街'] as const;

/** A road name from a stem, e.g. 杨家坪正街, 九龙大道, 铁马巷. */
export function roadName(rng: Rng, stem: string, kind: 'main' | 'secondary'): string {
  return stem + rng.pick(kind === 'main' ? ROAD_SUFFIX_MAIN : ROAD_SUFFIX_SECONDARY);
}

const OLD_ESTATE = ['新村', '小区', '宿舍', '村', '院'] as const;
const OLD_ESTATE_PREFIX = ['', '', '建设厂', '电力', '铁路', '机械厂', '冶炼厂', '织布厂', '农机', '水厂', '粮站'] as const;
const NEW_ESTATE = ['花园', '苑', '家园', '城', '公馆', '华庭', '雅居', '名都', '锦城', '天地'] as const;
const NEW_ESTATE_PREFIX = ['', '', '金科', '龙湖', '融创', '华润', '保利', '万科', '协信', '隆鑫', '东原', '中海'] as const;

/** An estate (小区) name in the old style (walk-ups of a factory or unit) or the new style (developer brands). */
export function estateName(rng: Rng, stem: string, style: 'old' | 'new'): string {
  if (style === 'old') {
    const prefix = rng.pick(OLD_ESTATE_PREFIX);
    return prefix ? `${stem}${prefix}${rng.pick(['宿舍', '小区', '家属区'])}` : stem + rng.pick(OLD_ESTATE);
  }
  const brand = rng.pick(NEW_ESTATE_PREFIX);
  return brand + stem + rng.pick(NEW_ESTATE);
}

export function commercialBuildingName(rng: Rng, stem: string, kind: 'commercial' | 'office' | 'industrial' | 'market'): string {
  switch (kind) {
    case 'commercial':
      return stem + rng.pick(['广场', '购物中心', '商业街', '百货', '商场', '天街']);
    case 'market':
      return stem + rng.pick(['农贸市场', '综合市场', '菜市场']);
    case 'office':
      return stem + rng.pick(['大厦', '商务中心', '国际中心', '写字楼', '金融中心', '科技大厦']);
    case 'industrial':
      return stem + rng.pick(['厂房', '仓储中心', '物流园', '工业园']);
  }
}

const PUBLIC_BUILDINGS = [
  '小学', '中学', '幼儿园', '社区卫生服务站', '医院门诊楼', '文化活动中心', '老年活动中心', '体育馆', '图书馆', '养老服务中心',
] as const;

export function publicBuildingName(rng: Rng, stem: string): string {
  const kind = rng.pick(PUBLIC_BUILDINGS);
  return kind === '小学' || kind === '中学' ? `九龙坡区${stem}${kind}` : stem + kind;
}

export const TENANT_CATEGORIES = [
  '餐饮', '零售', '美容美发', '教育培训', '医药', '家政', '维修', '金融', '科技', '物流', '商务服务', '文化娱乐', '住宿', '生活服务',
] as const;
export type TenantCategory = (typeof TENANT_CATEGORIES)[number];

const WORDS = {
  shop: ['老', '好', '鑫', '乐', '福', '顺', '兴', '旺', '佳', '美', '新', '红', '金', '宏', '盛', '和', '祥', '源', '汇', '嘉'],
  food: ['火锅', '小面', '串串香', '烤鱼', '豆花饭', '抄手', '冒菜', '麻辣烫', '江湖菜', '烧烤', '包子铺', '面馆', '饺子馆', '奶茶', '烘焙坊', '中餐馆', '鸡公煲', '酸辣粉'],
  retail: ['便利店', '超市', '水果店', '烟酒店', '五金店', '副食店', '服装店', '鞋店', '眼镜店', '文具店', '母婴店', '手机店', '花店', '茶叶店', '粮油店'],
  beauty: ['美发店', '理发店', '美容院', '美甲店', '造型工作室', '养生馆'],
  edu: ['教育培训学校', '艺术培训中心', '英语培训中心', '书法培训工作室', '舞蹈培训中心', '托管中心'],
  medic: ['大药房', '诊所', '口腔诊所', '中医馆', '药店'],
  home: ['家政服务部', '保洁服务部', '月嫂服务中心', '开锁服务部'],
  repair: ['家电维修部', '汽车修理厂', '电动车维修店', '手机维修店', '修鞋铺', '管道疏通服务部'],
  culture: ['网吧', 'KTV', '茶馆', '棋牌室', '健身房', '书店', '影楼'],
  lodge: ['宾馆', '酒店', '招待所', '公寓'],
  life: ['洗衣店', '快递驿站', '打印店', '彩票站', '宠物店', '照相馆'],
  firmCore: ['腾', '跃', '华', '创', '智', '远', '联', '通', '信', '达', '博', '瑞', '鼎', '晟', '弘', '恒', '启', '卓', '越', '优'],
} as const;

/** A shop or firm name and whether it is registered as an individual business (个体工商户). */
export function tenantName(rng: Rng, category: TenantCategory, stem: string, family: string): { name: string; individual: boolean } {
  const shopWord = () => rng.pick(WORDS.shop) + rng.pick(WORDS.shop);
  const firmWord = () => rng.pick(WORDS.firmCore) + rng.pick(WORDS.firmCore);
  const shop = (items: readonly string[]) => {
    const style = rng.int(0, 2);
    const head = style === 0 ? `${family}记` : style === 1 ? stem : shopWord();
    return { name: head + rng.pick(items), individual: true };
  };
  const firm = (business: string) => ({ name: `重庆${firmWord()}${business}有限公司`, individual: false });
  switch (category) {
    case '餐饮':
      return shop(WORDS.food);
    case '零售':
      return rng.chance(0.15) ? firm('商贸') : shop(WORDS.retail);
    case '美容美发':
      return shop(WORDS.beauty);
    case '教育培训':
      return rng.chance(0.5) ? firm('教育科技') : { name: `九龙坡区${shopWord()}${rng.pick(WORDS.edu)}`, individual: false };
    case '医药':
      return rng.chance(0.4) ? firm('医药') : shop(WORDS.medic);
    case '家政':
      return rng.chance(0.3) ? firm('家政服务') : shop(WORDS.home);
    case '维修':
      return shop(WORDS.repair);
    case '金融':
      return { name: rng.pick([`重庆${firmWord()}融资担保有限公司`, `${rng.pick(['农商', '建设', '工商', '招商', '重庆', '三峡'])}银行${stem}支行`, `重庆${firmWord()}保险代理有限公司`]), individual: false };
    case '科技':
      return firm(rng.pick(['科技', '信息技术', '网络科技', '软件', '电子科技', '智能科技']));
    case '物流':
      return rng.chance(0.5) ? firm(rng.pick(['物流', '供应链管理', '货运代理'])) : shop(['快递网点', '货运部']);
    case '商务服务':
      return firm(rng.pick(['企业管理咨询', '财务咨询', '广告', '人力资源', '文化传播', '会展服务', '房地产经纪']));
    case '文化娱乐':
      return shop(WORDS.culture);
    case '住宿':
      return shop(WORDS.lodge);
    case '生活服务':
      return shop(WORDS.life);
  }
}
