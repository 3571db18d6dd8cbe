import type { ApplicationStatus } from '#shared/applications/store';
import { PENDING_DECISIONS } from '#shared/decisions/matches';
import { config } from '#shared/platform/config';
import { POOL, queryAll } from '#shared/platform/db';
import { domainTable } from '#shared/platform/table';
import { PLACEMENTS_BY_START } from '#shared/report/placements';
import { applicationsOfSchool } from '#shared/schools/deactivation';
import type { School } from '#shared/schools/registry';
import { COUNTRIES, SECTORS, type Country, type Sector } from '#shared/vocabulary/codes';

/*
 * The whole pipeline at a glance, from indexes only (no Scan):
 * - applications by status per home country: each registry school's applications on the desks'
 *   index (gsi3), one Query per school, the school's country being the applicants' home country;
 * - open roles and their places left per host country and sector: the pool's roles (gsi1);
 * - pending decisions, waiting for the coordinator or the company: the due-date index (gsi1), each
 *   counted by its role's country and sector when the role is open (a closed role's are released);
 * - confirmed placements per host country and sector: the placement records (gsi1).
 * Closed roles are on no index (a closed role leaves the pool; roles are otherwise keyed by their
 * contact), so they are not counted, and the page says so.
 */

export const PIPELINE_STATUSES: readonly ApplicationStatus[] = ['UNCONFIRMED', 'SUBMITTED', 'PROPOSED', 'PLACED', 'WITHDRAWN'];

export interface CountryApplications {
  country: Country;
  counts: Record<ApplicationStatus, number>;
}

export interface MarketCell {
  country: Country;
  sector: Sector;
  openRoles: number;
  placesLeft: number;
  waitingCoordinator: number;
  waitingCompany: number;
  placements: number;
}

export interface Pipeline {
  applications: CountryApplications[];
  market: MarketCell[];
  /** Pending decisions whose role is not open (none normally: closing a role releases them). */
  pendingElsewhere: { waitingCoordinator: number; waitingCompany: number };
}

const gsi1 = domainTable.indexes[0];

const zeroCounts = () => Object.fromEntries(PIPELINE_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;

/** One partition of gsi1, with only the attributes counted. */
const onIndex = <T>(partition: string, projection: string, names: Record<string, string>) =>
  queryAll<T>({
    TableName: config.tableName,
    IndexName: gsi1.name,
    KeyConditionExpression: `${gsi1.partitionKey} = :partition`,
    ExpressionAttributeValues: { ':partition': partition },
    ProjectionExpression: projection,
    ...(Object.keys(names).length ? { ExpressionAttributeNames: names } : {}),
  });

/** Counts what the pure summary needs, one Query per index partition (and per school). */
export async function loadPipeline(schools: readonly School[]): Promise<Pipeline> {
  const [perSchool, roles, pending, placements] = await Promise.all([
    Promise.all(schools.map(async (school) => ({ country: school.country, statuses: (await applicationsOfSchool(school.schoolId)).map((a) => a.status) }))),
    onIndex<{ roleId: string; company: { country: Country }; sector: Sector; placesLeft: number; status: string }>(
      POOL.roles,
      'roleId, #company.#country, sector, placesLeft, #status',
      { '#company': 'company', '#country': 'country', '#status': 'status' },
    ),
    onIndex<{ roleId: string; status: string }>(PENDING_DECISIONS, 'roleId, #status', { '#status': 'status' }),
    onIndex<{ hostCountry: Country; sector: Sector }>(PLACEMENTS_BY_START, 'hostCountry, sector', {}),
  ]);
  return summarise(perSchool, roles, pending, placements);
}

/** The counts, pure: every country and sector has its row, zero or not. */
export function summarise(
  perSchool: readonly { country: Country; statuses: readonly ApplicationStatus[] }[],
  roles: readonly { roleId: string; company: { country: Country }; sector: Sector; placesLeft: number; status: string }[],
  pending: readonly { roleId: string; status: string }[],
  placements: readonly { hostCountry: Country; sector: Sector }[],
): Pipeline {
  const applications = COUNTRIES.map((country) => ({ country, counts: zeroCounts() }));
  for (const { country, statuses } of perSchool) {
    const row = applications.find((a) => a.country === country);
    for (const status of statuses) if (row && status in row.counts) row.counts[status] += 1;
  }
  const market: MarketCell[] = COUNTRIES.flatMap((country) =>
    SECTORS.map((sector) => ({ country, sector, openRoles: 0, placesLeft: 0, waitingCoordinator: 0, waitingCompany: 0, placements: 0 })),
  );
  const cell = (country: string, sector: string) => market.find((c) => c.country === country && c.sector === sector);
  const openRoles = new Map<string, MarketCell>();
  for (const role of roles) {
    const at = role.status === 'OPEN' ? cell(role.company.country, role.sector) : undefined;
    if (!at) continue;
    at.openRoles += 1;
    at.placesLeft += Math.max(0, Number(role.placesLeft) || 0);
    openRoles.set(role.roleId, at);
  }
  const pendingElsewhere = { waitingCoordinator: 0, waitingCompany: 0 };
  for (const match of pending) {
    const at = openRoles.get(match.roleId) ?? pendingElsewhere;
    if (match.status === 'PROPOSED') at.waitingCoordinator += 1;
    else if (match.status === 'APPROVED') at.waitingCompany += 1;
  }
  for (const placement of placements) {
    const at = cell(placement.hostCountry, placement.sector);
    if (at) at.placements += 1;
  }
  return { applications, market, pendingElsewhere };
}
