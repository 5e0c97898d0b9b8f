// The basemap file stays open between tile reads: one opened archive per path (the
// library caches its header and directories inside it). A file replaced on disk (other
// size or time) is opened and checked again; a path no longer chosen is closed.
import { stat } from 'node:fs/promises';
import type { BBox } from '../../../shared/views';
import { openBasemap, type OpenedBasemap } from './openBasemap';

interface Entry {
  stamp: string;
  opened: Promise<OpenedBasemap>;
}

const open = new Map<string, Entry>();

async function stampOf(path: string): Promise<string> {
  const s = await stat(path).catch(() => null);
  return s ? `${s.size}|${s.mtimeMs}` : 'missing';
}

/** The open archive for `path`; `box` (the street's extent) is read only when the file is (re)opened and checked. */
export async function openedBasemap(path: string, box: () => BBox | null, nativeBinding: string | null = null): Promise<OpenedBasemap> {
  const stamp = await stampOf(path);
  const current = open.get(path);
  if (current && current.stamp === stamp) return current.opened;
  if (current) void current.opened.then((o) => o.archive.close()).catch(() => undefined);
  const opened = openBasemap(path, box(), nativeBinding);
  open.set(path, { stamp, opened });
  // A refusal is not kept: the next read tries again (the disk may be plugged back in).
  opened.catch(() => {
    if (open.get(path)?.opened === opened) open.delete(path);
  });
  return opened;
}

/** Closes every archive but the chosen one (after the choice changed). */
export function closeOtherBasemaps(keep: string | null): void {
  for (const [path, entry] of open) {
    if (path === keep) continue;
    open.delete(path);
    void entry.opened.then((o) => o.archive.close()).catch(() => undefined);
  }
}
