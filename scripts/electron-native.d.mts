// Types for the pure helpers of electron-native.mjs, so the unit test can import them.
export declare const MODULE_NAME: string;
export declare const NATIVE_ROOT_SEGMENTS: readonly string[];
export declare const BINDING_SEGMENTS: readonly string[];
export declare const HEADERS_URL: string;

export interface NativePaths {
  source: string;
  nativeRoot: string;
  moduleDir: string;
  binding: string;
  stamp: string;
}
export declare function nativePaths(projectRoot: string): NativePaths;

export interface NativeStamp {
  electron: string;
  module: string;
  platform: string;
  arch: string;
}
export declare function wantedStamp(opts: { electronVersion: string; moduleVersion: string; platform: string; arch: string }): NativeStamp;
export declare function stampMatches(found: unknown, wanted: NativeStamp): boolean;
export declare function nodeGypEnv(env: Record<string, string | undefined>): Record<string, string>;
export declare function nodeGypArgs(opts: { electronVersion: string; arch: string; headersDir?: string | undefined }): string[];
export declare function nodeGypCandidates(env: Record<string, string | undefined>, execPath: string, globalPrefix: string): string[];
