// Volunteer activities: date, place, participants (team members, each credited the hours)
// and the people served. A Party member who took part gets the hours in the service ledger
// (service_record, kind 'activity'), the one place 双报到 service hours are read from.
import type { z } from 'zod';
import { ApiError } from '../../../shared/errors';
import type { activityRecordInput, VolunteerActivityView } from '../../../shared/partyService';
import type { UserView } from '../../../shared/views';
import { requireCommunity } from '../access/communityScope';
import { appendAudit } from '../audit';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { requireTeam } from './teams';

const invalid = (path: string, message: string, reason?: string) => new ApiError('invalid_input', `${path} ${message}`, [{ path, message, ...(reason ? { reason } : {}) }]);

export function recordActivity(db: Db, input: z.output<typeof activityRecordInput>, user: UserView, now: number): number {
  requireCommunity(user, input.communityId, 'the community of the activity');
  if (input.onDate > shanghaiDate(now)) throw invalid('onDate', `is after today (${shanghaiDate(now)})`, 'date_after_today');
  const ids = [...new Set(input.participantIds)];
  if (ids.length !== input.participantIds.length) throw invalid('participantIds', 'names a participant twice');
  return db.transaction(() => {
    const team = requireTeam(db, user, input.teamId);
    if (team.disbanded_on !== null && team.disbanded_on <= input.onDate) throw invalid('onDate', `is after the team was disbanded (${team.disbanded_on})`);
    if (!db.prepare('SELECT 1 FROM community WHERE id = ?').get(input.communityId)) throw invalid('communityId', `names no community (${input.communityId})`);
    if (input.gridId !== undefined && !db.prepare('SELECT 1 FROM grid WHERE id = ? AND community_id = ?').get(input.gridId, input.communityId)) throw invalid('gridId', `names no grid of community ${input.communityId} (${input.gridId})`);
    const member = db.prepare('SELECT party_member_id, joined_on FROM volunteer_team_member WHERE id = ? AND team_id = ? AND left_on IS NULL');
    const people = ids.map((pid, i) => {
      const m = member.get(pid, input.teamId) as { party_member_id: number | null; joined_on: string } | undefined;
      if (!m) throw invalid(`participantIds.${i}`, `is not a current member of the team (${pid})`);
      return { id: pid, partyMemberId: m.party_member_id };
    });
    const id = Number(
      db
        .prepare('INSERT INTO volunteer_activity (team_id, title, on_date, place, community_id, grid_id, hours, people_served, recorded_at, user_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
        .run(input.teamId, input.title, input.onDate, input.place, input.communityId, input.gridId ?? null, input.hours, input.peopleServed, now, user.id).lastInsertRowid,
    );
    const part = db.prepare('INSERT INTO volunteer_activity_participant (activity_id, team_member_id, hours) VALUES (?, ?, ?)');
    const service = db.prepare(`INSERT INTO service_record (member_id, on_date, kind, ref_id, hours, community_id, grid_id, note, recorded_at, user_id) VALUES (?, ?, 'activity', ?, ?, ?, ?, ?, ?, ?)`);
    for (const p of people) {
      part.run(id, p.id, input.hours);
      if (p.partyMemberId !== null) service.run(p.partyMemberId, input.onDate, id, input.hours, input.communityId, input.gridId ?? null, input.title, now, user.id);
    }
    appendAudit(db, now, { userId: user.id, action: 'volunteer.recordActivity', entity: 'volunteer_activity', entityId: id, detail: { teamId: input.teamId, onDate: input.onDate, participants: people.length, hours: input.hours, peopleServed: input.peopleServed } });
    return id;
  })();
}

export function listActivities(db: Db, q: { teamId?: number | undefined; communityId?: number | undefined; limit: number }, user: UserView): VolunteerActivityView[] {
  const community = user.communityId ?? q.communityId ?? null;
  if (user.communityId !== null && q.communityId !== undefined) requireCommunity(user, q.communityId, 'the activities');
  const rows = db
    .prepare(
      `SELECT v.id, v.team_id, t.name AS team_name, v.title, v.on_date, v.place, v.community_id, c.name AS community_name, v.hours, v.people_served,
              (SELECT count(*) FROM volunteer_activity_participant p WHERE p.activity_id = v.id) AS participants
         FROM volunteer_activity v JOIN volunteer_team t ON t.id = v.team_id JOIN community c ON c.id = v.community_id
        WHERE (@team IS NULL OR v.team_id = @team) AND (@community IS NULL OR v.community_id = @community)
        ORDER BY v.on_date DESC, v.id DESC LIMIT @limit`,
    )
    .all({ team: q.teamId ?? null, community, limit: q.limit }) as {
    id: number;
    team_id: number;
    team_name: string;
    title: string;
    on_date: string;
    place: string;
    community_id: number;
    community_name: string;
    hours: number;
    people_served: number;
    participants: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    teamId: r.team_id,
    teamName: r.team_name,
    title: r.title,
    onDate: r.on_date,
    place: r.place,
    communityId: r.community_id,
    communityName: r.community_name,
    hours: r.hours,
    participants: r.participants,
    peopleServed: r.people_served,
  }));
}
