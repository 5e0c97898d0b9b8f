// Why a basemap file is refused, zod-free so the renderer can import it without building the API's schemas.
/** Why a file was refused as a basemap (the screen words each; the message names the file). */
export const BASEMAP_PROBLEMS = [
  'not_found',
  'not_a_file',
  'unknown_format',
  'unsupported_version',
  'not_vector',
  'unsupported_compression',
  'outside_street',
  'zoom_range',
  'unreadable',
] as const;
export type BasemapProblem = (typeof BASEMAP_PROBLEMS)[number];
