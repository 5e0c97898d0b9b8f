// Who acted on a case, as the wall may show it. Case events store the actor as written
// at the time: "<role> <name>" for people ('网格员 张飞东', '居民 刘璐艳', '调度员 王敏'),
// or the name of a department or a system source. Departments and system sources are
// not people and stay readable; any other name is masked, so a person whose label has
// no role prefix is still never shown in full.
import { maskName } from '../privacy/mask';

/** Event sources that are not people. */
const SYSTEM_ACTORS: ReadonlySet<string> = new Set(['12345热线', '智能感知平台', '系统管理员', '居民 匿名']);

export function maskActor(actor: string, departments: ReadonlySet<string>): string {
  const name = actor.trim();
  if (name === '' || SYSTEM_ACTORS.has(name) || departments.has(name)) return name;
  const space = name.lastIndexOf(' ');
  if (space > 0) return `${name.slice(0, space)} ${maskName(name.slice(space + 1))}`;
  return maskName(name);
}
