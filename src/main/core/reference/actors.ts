// Who acted on a case, read back from the stored label. Case events keep the actor as it
// was written at the time: "<role> <name>" for people ('网格员 张飞东', '居民 刘璐艳', an
// account's display name such as '调度员 王敏'), a source that is no person ('12345热线'),
// or a department's name. The role is vocabulary the UI words in its language; the name
// (a person's, a department's) is shown as stored.
import type { ActorLabel } from '../../../shared/caseNotes';
import type { ActorRole } from '../../../shared/domain';

/** Role words written before a name, longest first so '社区工作人员' is not read as another. */
const ROLE_PREFIXES: readonly (readonly [string, ActorRole])[] = [
  ['社区工作人员', 'community'],
  ['街道领导', 'leader'],
  ['调度员', 'dispatcher'],
  ['值班员', 'operator'],
  ['网格员', 'grid_worker'],
  ['网格长', 'grid_head'],
  ['居民', 'resident'],
];

/** Labels that are a role on their own, with no name. */
const WHOLE_LABELS: ReadonlyMap<string, ActorRole> = new Map([
  ['12345热线', 'hotline'],
  ['智能感知平台', 'sensor'],
  // The deadline chase's automatic 督办 (deadlines/chase.ts): no person acted.
  ['超期自动督办', 'deadline_chase'],
  ['系统管理员', 'admin'],
  ['居民 匿名', 'anonymous_resident'],
  ['居民', 'resident'],
]);

/** The stored label of an actor: the inverse of readActor. */
export function actorLabelText(actor: ActorLabel): string {
  for (const [label, role] of WHOLE_LABELS) if (role === actor.role && actor.name === '') return label;
  const prefix = ROLE_PREFIXES.find(([, role]) => role === actor.role)?.[0];
  return prefix ? `${prefix} ${actor.name}` : actor.name;
}

export function readActor(stored: string): ActorLabel {
  const label = stored.trim();
  const whole = WHOLE_LABELS.get(label);
  if (whole) return { role: whole, name: '' };
  for (const [prefix, role] of ROLE_PREFIXES) {
    if (label.startsWith(`${prefix} `)) return { role, name: label.slice(prefix.length + 1).trim() };
  }
  return { role: null, name: label };
}
