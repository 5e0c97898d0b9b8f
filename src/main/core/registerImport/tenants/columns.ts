// The tenants register (商户/单位台账, 市场主体): its columns with the Chinese headers community
// workbooks use (the first synonym is the header the export writes), and the words for a
// tenant's category, credit grade and status. 统一社会信用代码 finds the tenant; else its
// name in its building (所在楼栋, 楼栋编码 or 经营地址).
import type { CreditGrade } from '../../../../shared/domain';
import { TENANT_CATEGORIES, type TenantStatus } from '../../../../shared/registers';
import type { ColumnSpec } from '../columnSpec';

export const TENANT_IMPORT_FIELDS = ['name', 'uscc', 'category', 'building', 'buildingCode', 'address', 'floor', 'employees', 'legalRep', 'phone', 'creditGrade', 'status'] as const;
export type TenantImportField = (typeof TENANT_IMPORT_FIELDS)[number];

/** The columns the export writes, in its order (经营地址 is read, never written: 所在楼栋 and 楼栋编码 say where). */
export const TENANT_EXPORT_FIELDS: readonly TenantImportField[] = ['name', 'uscc', 'category', 'building', 'buildingCode', 'floor', 'employees', 'legalRep', 'phone', 'creditGrade', 'status'];

export const TENANT_COLUMNS: ColumnSpec<TenantImportField> = {
  fields: [
    { field: 'name', kind: 'text', synonyms: ['单位名称', '商户名称', '企业名称', '市场主体名称', '店铺名称', '门店名称', '商户', '店名', '名称', '单位'], label: { zh: '单位名称', en: 'name' } },
    { field: 'uscc', kind: 'text', synonyms: ['统一社会信用代码', '社会信用代码', '信用代码', '统一代码', '营业执照号', '营业执照号码', '执照号'], label: { zh: '统一社会信用代码', en: 'USCC' } },
    { field: 'category', kind: 'text', synonyms: ['行业类别', '行业', '所属行业', '经营类别', '行业分类', '类别', '业态'], label: { zh: '行业类别', en: 'category' } },
    { field: 'building', kind: 'text', synonyms: ['所在楼栋', '楼栋', '所在楼宇', '楼宇', '楼栋名称', '所在建筑'], label: { zh: '所在楼栋', en: 'building' } },
    { field: 'buildingCode', kind: 'text', synonyms: ['楼栋编码', '建筑编码', '楼栋代码'], label: { zh: '楼栋编码', en: 'building code' } },
    { field: 'address', kind: 'address', synonyms: ['经营地址', '经营场所', '地址', '详细地址', '门牌地址', '注册地址'], label: { zh: '经营地址', en: 'address' } },
    { field: 'floor', kind: 'text', synonyms: ['楼层', '所在楼层', '层'], label: { zh: '楼层', en: 'floor' } },
    { field: 'employees', kind: 'text', synonyms: ['从业人数', '员工人数', '职工人数', '从业人员数', '员工数', '就业人数', '人数'], label: { zh: '从业人数', en: 'employees' } },
    { field: 'legalRep', kind: 'name', synonyms: ['法定代表人', '负责人', '经营者', '法人代表', '法人', '联系人', '经营者姓名'], label: { zh: '法定代表人', en: 'legal representative' } },
    { field: 'phone', kind: 'phone', synonyms: ['联系电话', '电话', '手机号', '手机', '联系方式', '电话号码', '手机号码'], label: { zh: '联系电话', en: 'phone' } },
    { field: 'creditGrade', kind: 'text', synonyms: ['信用等级', '信用评级', '诚信等级', '信用'], label: { zh: '信用等级', en: 'credit grade' } },
    { field: 'status', kind: 'text', synonyms: ['经营状态', '营业状态', '状态', '登记状态'], label: { zh: '经营状态', en: 'status' } },
  ],
};

type Category = (typeof TENANT_CATEGORIES)[number];

/** Each category as the register stores it first (what the export writes), then as workbooks write it. */
export const TENANT_CATEGORY_WORDS: Readonly<Record<Category, readonly string[]>> = {
  餐饮: ['餐饮', '餐饮业', '餐饮服务', '饮食'],
  零售: ['零售', '零售业', '批发零售', '批发和零售业', '商贸', '超市'],
  美容美发: ['美容美发', '美容', '美发', '理发'],
  教育培训: ['教育培训', '教育', '培训'],
  医药: ['医药', '医疗', '药店', '医药卫生'],
  家政: ['家政', '家政服务'],
  维修: ['维修', '修理', '维修服务'],
  金融: ['金融', '金融业', '银行', '保险'],
  科技: ['科技', '信息技术', '软件', '科技服务', '互联网'],
  物流: ['物流', '物流运输', '运输', '快递', '交通运输'],
  商务服务: ['商务服务', '商务', '咨询', '中介', '租赁和商务服务业'],
  文化娱乐: ['文化娱乐', '文化', '娱乐', '文娱', '文体娱乐'],
  住宿: ['住宿', '宾馆', '酒店', '旅馆'],
  生活服务: ['生活服务', '居民服务', '便民服务'],
  其他: ['其他', '其它'],
};

export const CREDIT_GRADE_WORDS: Readonly<Record<CreditGrade, readonly string[]>> = {
  A: ['A', 'A级'],
  B: ['B', 'B级'],
  C: ['C', 'C级'],
  D: ['D', 'D级'],
};

export const TENANT_STATUS_WORDS: Readonly<Record<TenantStatus, readonly string[]>> = {
  open: ['营业', '正常营业', '在营', '开业', '存续', '正常'],
  suspended: ['歇业', '停业', '暂停营业', '暂停'],
  closed: ['注销', '已注销'],
};
