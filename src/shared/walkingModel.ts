// The walking model behind the 15-minute service circle (15分钟生活圈), in one place so the
// core's circles and the UI's footnote say the same thing.
//
// GB 50180-2018 (城市居住区规划设计标准) sets the 15-minute life circle at a walking
// distance of 800–1,000 m. A resident walks about 4 km/h (≈ 67 m/min), so 15 minutes is
// a walking path of 1,000 m. Streets are not straight lines: a path is on average about
// 1.25 times the straight-line distance between its ends (the detour factor of an urban
// street grid), so the circle drawn on the map has a straight-line radius of
// 1,000 m ÷ 1.25 = 800 m, the lower end of the standard's range.
export const WALKING_SPEED_KMH = 4;
export const WALKING_MINUTES = 15;
export const DETOUR_FACTOR = 1.25;

/** Metres walked along streets in WALKING_MINUTES: 1,000 m. */
export const WALKING_PATH_M = (WALKING_SPEED_KMH * 1000 * WALKING_MINUTES) / 60;

/** Straight-line radius of the service circle: 800 m. */
export const SERVICE_RADIUS_M = WALKING_PATH_M / DETOUR_FACTOR;

export interface WalkingModel {
  speedKmh: number;
  minutes: number;
  detourFactor: number;
  pathM: number;
  radiusM: number;
}

export const WALKING_MODEL: WalkingModel = {
  speedKmh: WALKING_SPEED_KMH,
  minutes: WALKING_MINUTES,
  detourFactor: DETOUR_FACTOR,
  pathM: WALKING_PATH_M,
  radiusM: SERVICE_RADIUS_M,
};
