// The wall's state as plain data, and how a pushed delta updates it. Pure, so the merge
// rules (feed order, markers in and out, which cases pulse) are unit-tested.
import type { WallDelta, WallFeedItem, WallMarker, WallSnapshot, WallTiles } from '../../shared/wall';
import { WALL_TILE_KEYS } from '../../shared/vocab/wall';

/** How long a newly reported case pulses on the map. */
export const PULSE_MS = 60_000;
/** Feed items kept (the panel shows as many as fit). */
export const FEED_KEEP = 20;

export interface WallModel extends Omit<WallSnapshot, 'markers'> {
  markers: ReadonlyMap<number, WallMarker>;
  /** caseId → until when (epoch ms) its marker pulses. */
  pulsing: ReadonlyMap<number, number>;
  /** Feed items that arrived by push (highlighted as they come in). */
  arrived: ReadonlySet<number>;
}

export function fromSnapshot(s: WallSnapshot): WallModel {
  return { ...s, markers: new Map(s.markers.map((m) => [m.caseId, m])), pulsing: new Map(), arrived: new Set() };
}

function mergeFeed(newer: readonly WallFeedItem[], older: readonly WallFeedItem[]): WallFeedItem[] {
  const seen = new Set<number>();
  const out: WallFeedItem[] = [];
  for (const item of [...newer, ...older]) {
    if (seen.has(item.eventId)) continue;
    seen.add(item.eventId);
    out.push(item);
    if (out.length === FEED_KEEP) break;
  }
  return out;
}

function mergeTiles(tiles: WallTiles, now: WallDelta['tiles']): WallTiles {
  const out = { ...tiles };
  for (const key of WALL_TILE_KEYS) out[key] = { ...tiles[key], value: now[key] };
  return out;
}

/** Applies a delta whose sinceEventId was this model's lastEventId; `receivedAt` starts the pulses. */
export function applyDelta(model: WallModel, delta: WallDelta, receivedAt: number): WallModel {
  const markers = new Map(model.markers);
  for (const id of delta.removedCaseIds) markers.delete(id);
  for (const m of delta.markers) markers.set(m.caseId, m);

  const pulsing = new Map([...model.pulsing].filter(([id, until]) => until > receivedAt && markers.has(id)));
  for (const item of delta.feed) if (item.kind === 'report' && markers.has(item.caseId)) pulsing.set(item.caseId, receivedAt + PULSE_MS);

  const feed = mergeFeed(delta.feed, model.feed);
  const trend = model.trend.length > 0 && model.trend[model.trend.length - 1]?.day === delta.today.day ? [...model.trend.slice(0, -1), delta.today] : [...model.trend.slice(1), delta.today];

  return {
    ...model,
    at: delta.at,
    lastEventId: delta.lastEventId,
    feed,
    // Only ids still in the feed: the set cannot grow without bound on a wall left on for weeks.
    arrived: new Set([...model.arrived, ...delta.feed.map((f) => f.eventId)].filter((id) => feed.some((f) => f.eventId === id))),
    markers,
    pulsing,
    gridStates: delta.gridStates,
    tiles: mergeTiles(model.tiles, delta.tiles),
    ranking: delta.ranking,
    categories: delta.categories,
    trend,
    party: delta.party,
    meetings: delta.meetings,
  };
}

/** Drops pulses that have run out; returns the same model when nothing changed. */
export function expirePulses(model: WallModel, now: number): WallModel {
  const live = [...model.pulsing].filter(([, until]) => until > now);
  return live.length === model.pulsing.size ? model : { ...model, pulsing: new Map(live) };
}
