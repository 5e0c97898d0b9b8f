import { describe, expect, it } from 'vitest';
import type { WallDelta, WallFeedItem, WallMarker, WallSnapshot } from '../../shared/wall';
import { applyDelta, expirePulses, FEED_KEEP, fromSnapshot, PULSE_MS } from './wallModel';

const item = (eventId: number, caseId: number, kind: WallFeedItem['kind'] = 'report'): WallFeedItem => ({
  eventId,
  at: eventId * 1000,
  kind,
  toStatus: 'reported',
  caseId,
  caseCode: `AJ${caseId}`,
  caseClass: 'event',
  category: '暴露垃圾',
  categoryCode: 'SJ0101',
  gridId: 1,
  gridName: '东社区第01网格',
  communityName: '东社区',
  actor: '网格员 张*',
  actorLabel: { role: 'grid_worker', name: '张*' },
});
const marker = (caseId: number, status: WallMarker['status'] = 'reported'): WallMarker => ({
  caseId,
  code: `AJ${caseId}`,
  lng: 106,
  lat: 29,
  status,
  gridId: 1,
  communityId: 1,
  category: '暴露垃圾',
  supervised: false,
  reportedAt: 0,
  dispatchedAt: null,
  dueAt: null,
});
const figure = (value: number) => ({ value, yesterday: 1, lastWeek: 2 });

const PARTY: WallSnapshot['party'] = {
  orgsByLevel: [],
  orgs: 0,
  weakOrgs: 0,
  members: 0,
  dualRegistered: 0,
  dualRequired: 0,
  tenants: 0,
  tenantsCovered: 0,
  buildings: 0,
  buildingsCovered: 0,
  assessment: { visits: 0, buildingsVisited: 0, buildingsHeld: 0, rectifying: 0 },
  work: {
    from: 0,
    to: 1,
    needs: { needsPublished: 0, needsClaimed: 0, needsClaimedRate: null, medianDaysToClaim: null, projectsCompleted: 0 },
    wishes: { collected: 0, fulfilled: 0, fulfilledRate: null, open: 0, openMedianAgeDays: null, openOldestAgeDays: null, openOver30Days: 0 },
    dualReport: { employed: 0, registered: 0, registeredRate: null, serviceHours: 0, hoursPerRegistered: null },
    volunteers: { activities: 0, hours: 0, peopleServed: 0 },
    activeUnits: 0,
  },
};

const MEETINGS: WallSnapshot['meetings'] = {
  decisions: { active: 0, done: 0, inProgress: 0, notStarted: 0, late: 0, dueSoon: 0 },
  matters: { raised: 0, discussed: 0, decided: 0, acting: 0, evaluated: 0, dropped: 0 },
};

function snapshot(): WallSnapshot {
  return {
    at: 0,
    streetName: '测试街道',
    district: '测试区',
    communityId: null,
    communities: [],
    tiles: { newToday: figure(3), closedToday: figure(4), onTimeRate: figure(0.9), overdueOpen: figure(1), satisfaction: figure(0.8) },
    gridStates: [{ gridId: 1, open: 1, overdue: 0, supervised: 0, state: 'open' }],
    markers: [marker(10)],
    feed: [item(5, 10)],
    lastEventId: 5,
    ranking: [],
    categories: [],
    trend: [
      { day: '2026-11-19', reported: 1, closed: 1 },
      { day: '2026-11-20', reported: 3, closed: 4 },
    ],
    party: PARTY,
    meetings: MEETINGS,
  };
}

function delta(over: Partial<WallDelta>): WallDelta {
  return {
    at: 1,
    lastEventId: 7,
    feed: [],
    truncated: false,
    markers: [],
    removedCaseIds: [],
    gridStates: [{ gridId: 1, open: 2, overdue: 0, supervised: 0, state: 'open' }],
    tiles: { newToday: 4, closedToday: 4, onTimeRate: 0.91, overdueOpen: 1, satisfaction: 0.8 },
    ranking: [],
    categories: [],
    today: { day: '2026-11-20', reported: 4, closed: 4 },
    party: PARTY,
    meetings: MEETINGS,
    ...over,
  };
}

describe('applyDelta', () => {
  it('puts new events on top, adds the new case and makes it pulse, keeps the comparisons', () => {
    const model = applyDelta(fromSnapshot(snapshot()), delta({ feed: [item(7, 11, 'report'), item(6, 10, 'register')], markers: [marker(11), marker(10, 'registered')] }), 1000);
    expect(model.feed.map((f) => f.eventId)).toEqual([7, 6, 5]);
    expect(model.arrived).toEqual(new Set([7, 6]));
    expect([...model.markers.keys()].sort()).toEqual([10, 11]);
    expect(model.markers.get(10)?.status).toBe('registered');
    expect(model.pulsing).toEqual(new Map([[11, 1000 + PULSE_MS]]));
    expect(model.tiles.newToday).toEqual({ value: 4, yesterday: 1, lastWeek: 2 });
    expect(model.lastEventId).toBe(7);
    expect(model.trend.map((d) => d.reported)).toEqual([1, 4]);
    expect(model.gridStates[0]?.open).toBe(2);
  });

  it('removes closed cases and their pulse, rolls the trend over at a new day', () => {
    let model = applyDelta(fromSnapshot(snapshot()), delta({ feed: [item(6, 11)], markers: [marker(11)] }), 0);
    model = applyDelta(model, delta({ lastEventId: 8, feed: [item(8, 11, 'close')], removedCaseIds: [11], today: { day: '2026-11-21', reported: 0, closed: 1 } }), 10);
    expect(model.markers.has(11)).toBe(false);
    expect(model.pulsing.size).toBe(0);
    expect(model.trend.map((d) => d.day)).toEqual(['2026-11-20', '2026-11-21']);
  });

  it('keeps at most FEED_KEEP items and never the same event twice', () => {
    const many = Array.from({ length: FEED_KEEP + 5 }, (_, i) => item(100 + i, 10, 'accept')).reverse();
    const model = applyDelta(fromSnapshot(snapshot()), delta({ feed: [...many, item(5, 10)] }), 0);
    expect(model.feed).toHaveLength(FEED_KEEP);
    expect(new Set(model.feed.map((f) => f.eventId)).size).toBe(FEED_KEEP);
    expect([...model.arrived].every((id) => model.feed.some((f) => f.eventId === id))).toBe(true);
  });

  it('lets pulses run out', () => {
    const model = applyDelta(fromSnapshot(snapshot()), delta({ feed: [item(7, 11)], markers: [marker(11)] }), 0);
    expect(expirePulses(model, PULSE_MS - 1)).toBe(model);
    expect(expirePulses(model, PULSE_MS).pulsing.size).toBe(0);
  });
});
