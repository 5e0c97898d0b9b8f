// Volunteer teams (志愿服务队), their members and the 志愿服务联盟 that group them. A team may
// have a 临时党小组 (a party_org of kind temporary_group) leading it. Members are Party
// members or residents; their names are a volunteer's (core/access/matrix.ts).
import type { z } from 'zod';
import { ApiError } from '../../../shared/errors';
import type { allianceCreateInput, teamCreateInput, teamJoinInput, VolunteerFocus, VolunteerOverview, VolunteerTeamMemberView } from '../../../shared/partyService';
import type { UserView } from '../../../shared/views';
import { outOfScope, requireCommunity } from '../access/communityScope';
import { level } from '../access/matrix';
import { appendAudit } from '../audit';
import { shanghaiDate } from '../calendar/workCalendar';
import type { Db } from '../db/database';
import { maskName, shown } from '../privacy/mask';

const invalid = (path: string, message: string, reason?: string) => new ApiError('invalid_input', `${path} ${message}`, [{ path, message, ...(reason ? { reason } : {}) }]);

/** A team the caller may change: it exists, and a community account's team is its own (street-level teams: administrators only). */
export function requireTeam(db: Db, user: UserView, teamId: number): { community_id: number | null; disbanded_on: string | null } {
  const t = db.prepare('SELECT community_id, disbanded_on FROM volunteer_team WHERE id = ?').get(teamId) as { community_id: number | null; disbanded_on: string | null } | undefined;
  if (!t) throw invalid('teamId', `names no volunteer team (${teamId})`);
  if (user.communityId !== null && t.community_id !== user.communityId) throw outOfScope('community', t.community_id ?? 0, user.communityId);
  return t;
}

export function volunteerOverview(db: Db, communityId: number | null, now: number): VolunteerOverview {
  const since = shanghaiDate(now - 365 * 86_400_000);
  const alliances = db.prepare('SELECT a.id, a.name, a.founded_on, (SELECT count(*) FROM volunteer_team t WHERE t.alliance_id = a.id AND t.disbanded_on IS NULL) AS teams FROM volunteer_alliance a ORDER BY a.id').all() as {
    id: number;
    name: string;
    founded_on: string;
    teams: number;
  }[];
  const teams = db
    .prepare(
      `SELECT t.id, t.name, t.community_id, c.name AS community_name, t.alliance_id, a.name AS alliance_name, t.party_group_org_id, o.name AS party_group_name, t.focus, t.founded_on,
              (SELECT count(*) FROM volunteer_team_member x WHERE x.team_id = t.id AND x.left_on IS NULL) AS members,
              (SELECT count(*) FROM volunteer_team_member x WHERE x.team_id = t.id AND x.left_on IS NULL AND x.party_member_id IS NOT NULL) AS party_members,
              (SELECT count(*) FROM volunteer_activity v WHERE v.team_id = t.id AND v.on_date >= @since) AS activities,
              COALESCE((SELECT sum(p.hours) FROM volunteer_activity v JOIN volunteer_activity_participant p ON p.activity_id = v.id WHERE v.team_id = t.id AND v.on_date >= @since), 0) AS hours
         FROM volunteer_team t LEFT JOIN community c ON c.id = t.community_id LEFT JOIN volunteer_alliance a ON a.id = t.alliance_id LEFT JOIN party_org o ON o.id = t.party_group_org_id
        WHERE t.disbanded_on IS NULL AND (@community IS NULL OR t.community_id = @community OR t.community_id IS NULL)
        ORDER BY t.community_id IS NOT NULL, c.code, t.name`,
    )
    .all({ since, community: communityId }) as {
    id: number;
    name: string;
    community_id: number | null;
    community_name: string | null;
    alliance_id: number | null;
    alliance_name: string | null;
    party_group_org_id: number | null;
    party_group_name: string | null;
    focus: VolunteerFocus;
    founded_on: string;
    members: number;
    party_members: number;
    activities: number;
    hours: number;
  }[];
  return {
    alliances: alliances.map((a) => ({ id: a.id, name: a.name, foundedOn: a.founded_on, teams: a.teams })),
    teams: teams.map((t) => ({
      id: t.id,
      name: t.name,
      communityId: t.community_id,
      communityName: t.community_name,
      allianceId: t.alliance_id,
      allianceName: t.alliance_name,
      partyGroupOrgId: t.party_group_org_id,
      partyGroupName: t.party_group_name,
      focus: t.focus,
      foundedOn: t.founded_on,
      members: t.members,
      partyMembers: t.party_members,
      activities: t.activities,
      hours: Math.round(t.hours * 10) / 10,
    })),
  };
}

export function teamMembers(db: Db, teamId: number, user: UserView): VolunteerTeamMemberView[] {
  const t = db.prepare('SELECT community_id FROM volunteer_team WHERE id = ?').get(teamId) as { community_id: number | null } | undefined;
  if (!t) throw new ApiError('not_found', `no volunteer team ${teamId}`, [{ path: 'teamId', message: `names no volunteer team (${teamId})` }]);
  if (user.communityId !== null && t.community_id !== null && t.community_id !== user.communityId) throw outOfScope('community', t.community_id, user.communityId);
  const rows = db
    .prepare(
      `SELECT x.id, x.party_member_id, x.joined_on,
              COALESCE((SELECT m.name FROM party_member m WHERE m.id = x.party_member_id), (SELECT r.name FROM resident r WHERE r.id = x.resident_id)) AS name
         FROM volunteer_team_member x WHERE x.team_id = ? AND x.left_on IS NULL ORDER BY x.party_member_id IS NULL, x.id`,
    )
    .all(teamId) as { id: number; party_member_id: number | null; joined_on: string; name: string | null }[];
  const nameLevel = level(user.role, 'volunteer', 'name');
  return rows.map((r) => ({ id: r.id, name: shown(r.name, nameLevel, maskName), partyMember: r.party_member_id !== null, joinedOn: r.joined_on }));
}

export function createAlliance(db: Db, input: z.output<typeof allianceCreateInput>, user: UserView, now: number): number {
  if (user.communityId !== null) throw new ApiError('unauthorized', 'a 志愿服务联盟 spans communities: only a street account may create one');
  return db.transaction(() => {
    if (db.prepare('SELECT 1 FROM volunteer_alliance WHERE name = ?').get(input.name)) throw new ApiError('conflict', `an alliance named ${input.name} exists`, [{ path: 'name', message: 'is taken', reason: 'name_taken' }]);
    const id = Number(db.prepare('INSERT INTO volunteer_alliance (name, founded_on) VALUES (?, ?)').run(input.name, input.foundedOn).lastInsertRowid);
    appendAudit(db, now, { userId: user.id, action: 'volunteer.createAlliance', entity: 'volunteer_alliance', entityId: id, detail: { name: input.name } });
    return id;
  })();
}

export function createTeam(db: Db, input: z.output<typeof teamCreateInput>, user: UserView, now: number): number {
  if (input.communityId === undefined && user.communityId !== null) throw invalid('communityId', 'is required: a community account creates teams of its own community');
  if (input.communityId !== undefined) requireCommunity(user, input.communityId, 'a volunteer team');
  if (input.foundedOn > shanghaiDate(now)) throw invalid('foundedOn', `is after today (${shanghaiDate(now)})`, 'date_after_today');
  return db.transaction(() => {
    if (input.communityId !== undefined && !db.prepare('SELECT 1 FROM community WHERE id = ?').get(input.communityId)) throw invalid('communityId', `names no community (${input.communityId})`);
    if (input.allianceId !== undefined && !db.prepare('SELECT 1 FROM volunteer_alliance WHERE id = ?').get(input.allianceId)) throw invalid('allianceId', `names no 志愿服务联盟 (${input.allianceId})`);
    if (input.partyGroupOrgId !== undefined && !db.prepare(`SELECT 1 FROM party_org WHERE id = ? AND kind = 'temporary_group'`).get(input.partyGroupOrgId)) {
      throw invalid('partyGroupOrgId', `names no 临时党小组 (a Party organisation of kind temporary_group) (${input.partyGroupOrgId})`);
    }
    if (db.prepare('SELECT 1 FROM volunteer_team WHERE name = ?').get(input.name)) throw new ApiError('conflict', `a team named ${input.name} exists`, [{ path: 'name', message: 'is taken', reason: 'name_taken' }]);
    const id = Number(
      db
        .prepare('INSERT INTO volunteer_team (name, community_id, alliance_id, party_group_org_id, focus, founded_on) VALUES (?, ?, ?, ?, ?, ?)')
        .run(input.name, input.communityId ?? null, input.allianceId ?? null, input.partyGroupOrgId ?? null, input.focus, input.foundedOn).lastInsertRowid,
    );
    appendAudit(db, now, { userId: user.id, action: 'volunteer.createTeam', entity: 'volunteer_team', entityId: id, detail: { name: input.name, communityId: input.communityId ?? null, focus: input.focus } });
    return id;
  })();
}

export function joinTeam(db: Db, input: z.output<typeof teamJoinInput>, user: UserView, now: number): { id: number; communityId: number | null } {
  if (input.joinedOn > shanghaiDate(now)) throw invalid('joinedOn', `is after today (${shanghaiDate(now)})`, 'date_after_today');
  return db.transaction(() => {
    const team = requireTeam(db, user, input.teamId);
    if (team.disbanded_on !== null) throw new ApiError('conflict', `the team was disbanded on ${team.disbanded_on}`, [{ path: 'teamId', message: 'is disbanded', reason: 'disbanded' }]);
    if (input.partyMemberId !== undefined && !db.prepare('SELECT 1 FROM party_member WHERE id = ?').get(input.partyMemberId)) throw invalid('partyMemberId', `names no Party member (${input.partyMemberId})`);
    if (input.residentId !== undefined && !db.prepare('SELECT 1 FROM resident WHERE id = ?').get(input.residentId)) throw invalid('residentId', `names no resident (${input.residentId})`);
    const dup = db
      .prepare('SELECT 1 FROM volunteer_team_member WHERE team_id = ? AND left_on IS NULL AND (party_member_id = ? OR resident_id = ?)')
      .get(input.teamId, input.partyMemberId ?? -1, input.residentId ?? -1);
    if (dup) throw new ApiError('conflict', 'already a member of this team', [{ path: input.partyMemberId !== undefined ? 'partyMemberId' : 'residentId', message: 'is already a member of this team', reason: 'already_member' }]);
    const id = Number(db.prepare('INSERT INTO volunteer_team_member (team_id, party_member_id, resident_id, joined_on) VALUES (?, ?, ?, ?)').run(input.teamId, input.partyMemberId ?? null, input.residentId ?? null, input.joinedOn).lastInsertRowid);
    appendAudit(db, now, { userId: user.id, action: 'volunteer.join', entity: 'volunteer_team', entityId: input.teamId, detail: { teamMemberId: id, partyMember: input.partyMemberId !== undefined } });
    return { id, communityId: team.community_id };
  })();
}
