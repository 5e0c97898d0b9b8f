// One short name for a grid wherever room is short: the queue's grid column, the wall's
// map labels and lists, the grid-edit preview, links in drawers. Grid numbers repeat in
// every community (each has its 第01网格), so a label must carry the community; "社区"
// ends every community's name and "第" every grid number, so both are dropped:
// 铁马社区第11网格 → 铁马·11网格. Seven or eight characters: it fits the queue's narrow
// column and a wall label at map scale, and reads aloud the way staff say it. A name an
// administrator gave that does not follow the pattern keeps its own words, prefixed with
// the community unless it already names it. Grid and community names are place names:
// the label is the same in every UI language.

export interface GridNaming {
  /** The grid's stored name, e.g. 铁马社区第11网格. */
  name: string;
  /** Its community's name, e.g. 铁马社区. */
  communityName: string;
}

const COMMUNITY_SUFFIX = '社区';
const SEPARATOR = '·';

/** 铁马社区 → 铁马; a name that is only the suffix, or lacks it, stays whole. */
export function communityShortName(communityName: string): string {
  const name = communityName.trim();
  return name.endsWith(COMMUNITY_SUFFIX) && name.length > COMMUNITY_SUFFIX.length ? name.slice(0, -COMMUNITY_SUFFIX.length) : name;
}

/** 第11网格 → 11网格; anything else as it is. */
function ownPart(rest: string): string {
  const numbered = /^第\s*([0-9A-Za-z]+)\s*网格$/.exec(rest);
  return numbered ? `${numbered[1]}网格` : rest;
}

export function gridLabel({ name, communityName }: GridNaming): string {
  const full = name.trim();
  const community = communityName.trim();
  if (!community) return full;
  const short = communityShortName(community);
  const prefix = full.startsWith(community) ? community : full.startsWith(short) ? short : null;
  if (prefix !== null) {
    const rest = full.slice(prefix.length).trim();
    return rest ? `${short}${SEPARATOR}${ownPart(rest)}` : full;
  }
  // A name of its own that already says where it is (滨江铁马片区) needs no prefix.
  if (full.includes(short)) return full;
  return `${short}${SEPARATOR}${ownPart(full)}`;
}
