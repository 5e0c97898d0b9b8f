// Personal data by role in the drawer and search: unmasking one record with a reason, and
// the refusals the core gives (bulk-read limit, another community). Spread into zh-CN.
export const accessZhCN = {
  'access.reveal': '查看完整信息',
  'access.reveal.title': '查看完整信息：{what}',
  'access.reveal.notice': '个人信息默认脱敏显示。查看完整信息将记入审计日志（查看人、对象、字段和事由）。',
  'access.reveal.reason': '查看事由',
  'access.reveal.reasonHint': '至少 {min} 个字，例如“入户走访核实”',
  'access.reveal.submit': '查看',
  'access.reveal.cancel': '取消',
  'access.reveal.failed': '未能查看',
  'access.kind.resident': '居民',
  'access.kind.reporter': '反映人',
  'access.kind.partyMember': '党员',
  'access.field.name': '姓名',
  'access.field.phone': '电话',
  'access.field.idNumber': '身份证号',
  'access.field.address': '住址',
  'access.field.tags': '关怀标签',
  'access.householdsHidden': '共 {count} 户。住户明细仅向可查看住址的角色显示。',
  'access.bulkLimit': '短时间内查看的个人信息过多，已暂停。请稍后再试。',
  'access.outOfScope': '该记录不在本账号所属社区内。',
} as const;
