// Flushes a file (or a directory's entries, after a rename) to the disk: what a
// write-then-rename needs so that a crash leaves the old file or the new one, never neither.
import { closeSync, fsyncSync, openSync } from 'node:fs';

export function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
