// Text as typed into registers: full-width digits and letters (ＡＢＣ１２３), ideographic
// spaces, stray spaces and line breaks, zero-width characters pasted from web pages.
// NFKC folds the full-width forms to ASCII and leaves Chinese characters alone.

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** NFKC, zero-width characters removed, every whitespace removed: for codes, numbers, names, labels. */
export function compactText(s: string): string {
  return s.normalize('NFKC').replace(ZERO_WIDTH, '').replace(/\s+/g, '');
}

/** NFKC, trimmed, inner whitespace runs collapsed to one space: for free text (notes). */
export function tidyText(s: string): string {
  return s.normalize('NFKC').replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}
