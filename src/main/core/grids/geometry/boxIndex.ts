// A static R-tree (flatbush) over bounding boxes, for "which shapes could meet this box".
// Flatbush refuses an empty index; an empty list is common here (a street with no
// buildings yet), so this wrapper answers [] instead.
import Flatbush from 'flatbush';
import type { BBox } from '../../../../shared/views';

export class BoxIndex {
  private readonly tree: Flatbush | null;

  constructor(boxes: readonly BBox[]) {
    if (boxes.length === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(boxes.length);
    for (const [w, s, e, n] of boxes) tree.add(w, s, e, n);
    tree.finish();
    this.tree = tree;
  }

  /** Indexes (into the boxes given) of boxes meeting or touching `box`. */
  search(box: BBox): number[] {
    return this.tree ? this.tree.search(box[0], box[1], box[2], box[3]) : [];
  }
}
