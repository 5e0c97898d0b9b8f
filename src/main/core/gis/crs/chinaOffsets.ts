// GCJ-02 (国测局坐标, the published obfuscation of WGS-84 every map sold in China must use)
// and BD-09 (Baidu's further offset of GCJ-02). The forward formulas are the ones published
// and used everywhere (eviltransform, coordtransform); they have no closed inverse, so
// GCJ-02 → WGS-84 and BD-09 → GCJ-02 are found by iterating the forward formula until the
// point maps within 1e-8° (about a millimetre) of the input.
import type { LngLat } from '../../../../shared/views';

const A = 6378245.0;
const EE = 0.00669342162296594323;
const X_PI = (Math.PI * 3000.0) / 180.0;
/** Iteration stops below this (degrees); the brief asks for better than 1e-7°. */
const EPS = 1e-9;
const MAX_STEPS = 30;

/** The offset applies inside China's rough box only (as in every published implementation). */
export function outOfChina([lng, lat]: LngLat): boolean {
  return lng < 72.004 || lng > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function dLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function dLng(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

export function wgs84ToGcj02(p: LngLat): LngLat {
  if (outOfChina(p)) return [p[0], p[1]];
  const [lng, lat] = p;
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  const la = (dLat(lng - 105.0, lat - 35.0) * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  const ln = (dLng(lng - 105.0, lat - 35.0) * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lng + ln, lat + la];
}

export function gcj02ToBd09([lng, lat]: LngLat): LngLat {
  const z = Math.sqrt(lng * lng + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const theta = Math.atan2(lat, lng) + 0.000003 * Math.cos(lng * X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

/** Solves forward(x) = target by fixed-point steps x ← x + (target − forward(x)); the offsets change slowly, so it converges in a few steps. */
function invert(forward: (p: LngLat) => LngLat, target: LngLat, start: LngLat): LngLat {
  let x: LngLat = [start[0], start[1]];
  for (let i = 0; i < MAX_STEPS; i++) {
    const f = forward(x);
    const ex = target[0] - f[0];
    const ey = target[1] - f[1];
    x = [x[0] + ex, x[1] + ey];
    if (Math.abs(ex) < EPS && Math.abs(ey) < EPS) break;
  }
  return x;
}

export function gcj02ToWgs84(p: LngLat): LngLat {
  if (outOfChina(p)) return [p[0], p[1]];
  return invert(wgs84ToGcj02, p, p);
}

export function bd09ToGcj02(p: LngLat): LngLat {
  // The published one-step inverse is the start; iterating removes its residual (~1e-6°).
  const x = p[0] - 0.0065;
  const y = p[1] - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return invert(gcj02ToBd09, p, [z * Math.cos(theta), z * Math.sin(theta)]);
}

export const wgs84ToBd09 = (p: LngLat): LngLat => gcj02ToBd09(wgs84ToGcj02(p));
export const bd09ToWgs84 = (p: LngLat): LngLat => gcj02ToWgs84(bd09ToGcj02(p));
