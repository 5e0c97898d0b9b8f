// A file that cannot be read as a layer: a stable word and a sentence naming the file.
import type { GisFileProblemCode } from '../../../../shared/gis';

export class GisReadError extends Error {
  constructor(
    readonly code: GisFileProblemCode,
    message: string,
  ) {
    super(message);
  }
}
