/** The map box of the hot-spot slides, in slide pixels (of 1600×900); the images are made at this size. */
export const MAP_BOX = { width: 900, height: 680 } as const;
