// Codes and names for grids a draft creates: street code + community code + sequence, as
// the demo and local rules have them (community code + two digits), first free number.
import type { DraftGridState } from './draftState';

export function nextGridCode(communityCode: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let seq = 1; seq < 1000; seq++) {
    const code = `${communityCode}${String(seq).padStart(2, '0')}`;
    if (!used.has(code)) return code;
  }
  throw new Error(`community ${communityCode} has no free grid code`);
}

export function gridNameFor(communityName: string, code: string, communityCode: string): string {
  return `${communityName}第${code.slice(communityCode.length)}网格`;
}

export function codesOf(grids: Iterable<DraftGridState>): string[] {
  return [...grids].map((g) => g.code);
}
