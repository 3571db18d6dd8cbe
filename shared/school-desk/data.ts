import { GetCommand } from '@aws-sdk/lib-dynamodb';
import type { ApplicationItem } from '#shared/applications/store';
import { placementPeriod } from '#shared/decisions/match-context';
import { getMatch, type MatchItem } from '#shared/decisions/matches';
import { FOLLOW_UP_KINDS, type FollowUpItem, type FollowUpKind, type FollowUpStatus } from '#shared/follow-up/records';
import { config } from '#shared/platform/config';
import { ddb, DESK, keys, queryAll } from '#shared/platform/db';
import { domainTable } from '#shared/platform/table';
import { getRole, type RoleItem } from '#shared/roles/store';

/**
 * What the school's desk reads: the school's applications (index gsi3, newest first), and for
 * the ones that have one, the match and role behind them. An erased application has no gsi3
 * keys, so it is not listed, and is read as absent here.
 */

/** Why and by whom the school withdrew an application on the student's behalf (withdraw.ts). */
export interface SchoolWithdrawal {
  /** Which of the school's two people did it; the address is not kept. */
  by: 'coordinator' | 'deputy';
  /** Free text: on the application only, never in an event or a log; erasure removes it with the rest. */
  reason: string;
  at: string;
}

export type DeskApplication = ApplicationItem & { withdrawal?: SchoolWithdrawal };

const desk = domainTable.indexes[2];

export const schoolApplications = (schoolId: string) =>
  queryAll<DeskApplication>({
    TableName: config.tableName,
    IndexName: desk.name,
    KeyConditionExpression: `${desk.partitionKey} = :school`,
    ExpressionAttributeValues: { ':school': DESK.school(schoolId) },
    ScanIndexForward: false,
  });

/**
 * One application of the school, as it is now (a page after an action shows what the action
 * did); undefined when there is none, it is another school's, or its data was erased.
 */
export async function applicationOfSchool(schoolId: string, applicationId: string): Promise<DeskApplication | undefined> {
  const { Item } = await ddb.send(new GetCommand({ TableName: config.tableName, Key: keys.application(applicationId), ConsistentRead: true }));
  const application = Item as DeskApplication | undefined;
  return application && application.schoolId === schoolId && !application.erasedAt ? application : undefined;
}

/** A proposal waiting for the coordinator: the application's match, still PROPOSED. */
export interface WaitingDecision {
  application: DeskApplication;
  match: MatchItem;
  role: RoleItem;
}

/** A confirmed placement (the application PLACED), past or to come, and where its follow-ups stand. */
export interface Placement {
  application: DeskApplication;
  match: MatchItem;
  role: RoleItem;
  periodFrom: string;
  periodTo: string;
  /** Undefined for a follow-up not scheduled (yet). */
  followUps: Record<FollowUpKind, FollowUpStatus | undefined>;
}

async function followUpsOf(matchId: string): Promise<Placement['followUps']> {
  const items = await queryAll<FollowUpItem>({
    TableName: config.tableName,
    KeyConditionExpression: 'pk = :match AND begins_with(sk, :f)',
    ExpressionAttributeValues: { ':match': keys.match(matchId).pk, ':f': 'F' },
    ProjectionExpression: 'kind, #status',
    ExpressionAttributeNames: { '#status': 'status' },
  });
  return Object.fromEntries(FOLLOW_UP_KINDS.map((kind) => [kind, items.find((i) => i.kind === kind)?.status])) as Placement['followUps'];
}

/** The match and role of an application that has one, read once per role however many placements share it. */
function reader() {
  const roles = new Map<string, Promise<RoleItem | undefined>>();
  const roleOf = (roleId: string) => {
    if (!roles.has(roleId)) roles.set(roleId, getRole(roleId));
    return roles.get(roleId)!;
  };
  return async (application: DeskApplication) => {
    const match = application.matchId ? await getMatch(application.matchId) : undefined;
    const role = match && (await roleOf(match.roleId));
    return match && role ? { match, role } : undefined;
  };
}

async function waitingOf(applications: readonly DeskApplication[], read: ReturnType<typeof reader>): Promise<WaitingDecision[]> {
  const waiting = await Promise.all(
    applications
      .filter((a) => a.status === 'PROPOSED')
      .map(async (application): Promise<WaitingDecision | undefined> => {
        const found = await read(application);
        return found?.match.status === 'PROPOSED' ? { application, ...found } : undefined;
      }),
  );
  // The most urgent first.
  return waiting.filter((w) => w !== undefined).sort((a, b) => (a.match.decisionDueAt ?? '').localeCompare(b.match.decisionDueAt ?? ''));
}

async function placementsOf(applications: readonly DeskApplication[], read: ReturnType<typeof reader>): Promise<Placement[]> {
  const placements = await Promise.all(
    applications
      .filter((a) => a.status === 'PLACED')
      .map(async (application): Promise<Placement | undefined> => {
        const found = await read(application);
        if (found?.match.status !== 'CONFIRMED') return undefined;
        const { periodFrom, periodTo } = placementPeriod({ application, ...found });
        return { application, ...found, periodFrom, periodTo, followUps: await followUpsOf(found.match.matchId) };
      }),
  );
  // The latest first.
  return placements.filter((p) => p !== undefined).sort((a, b) => b.periodFrom.localeCompare(a.periodFrom));
}

/** The desk's first page: every application, the decisions waiting and the placements. */
export async function schoolOverview(schoolId: string) {
  const applications = await schoolApplications(schoolId);
  const read = reader();
  const [waiting, placements] = await Promise.all([waitingOf(applications, read), placementsOf(applications, read)]);
  return { applications, waiting, placements };
}

/** The school's confirmed placements, for the CSV. */
export const schoolPlacements = async (schoolId: string) => placementsOf(await schoolApplications(schoolId), reader());

/** The match and role of one application, if it has a match. */
export const matchOf = (application: DeskApplication) => reader()(application);
