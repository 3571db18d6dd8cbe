/**
 * A full matching round on DynamoDB Local: 2,000 applications × 500 roles in the pool, one
 * round (two index queries, the matcher, one conditional transaction per role's proposals, the
 * round record). Prints time, items read and written, transactions, and consumed capacity.
 *
 *   npx tsx bench/round.ts
 */
import { pathToFileURL } from 'node:url';
import { BatchWriteItemCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import type { ApplicationItem } from '#shared/applications/store';
import { ENV } from '#shared/platform/config';
import { keys, POOL } from '#shared/platform/db';
import type { RoleItem } from '#shared/roles/store';
import { rolePoolKey } from '#shared/roles/board-index';
import { ensureTables, startDynamoDbLocal } from '#local/dynamodb';
import { localEnvironment } from '#local/env';
import { generateInstance } from './matching.ts';
import { freePort } from './stack.ts';

export async function benchRound(size = { applications: 2_000, roles: 500 }): Promise<Record<string, unknown>> {
  const port = await freePort();
  Object.assign(process.env, localEnvironment({ apiPort: 0, mailPort: 0, busPort: 0, dynamoPort: port }));
  const java = await startDynamoDbLocal(port, undefined, () => undefined);
  try {
    const client = new DynamoDBClient({});
    const tableName = process.env[ENV.tableName]!;
    await ensureTables(client, { domain: tableName, idempotency: process.env[ENV.idempotencyTableName]! });

    // Same generator as the algorithm benchmark, scaled down; about 0.9 places per applicant.
    const input = generateInstance({
      name: 'round',
      applicants: size.applications,
      roles: size.roles,
      places: Math.round(size.applications * 0.9),
      horizonWeeks: 52,
      seed: 'bench-round',
    });
    const now = new Date().toISOString();
    const frozen = new Set(input.frozen.map((f) => f.applicantId));
    const taken = new Map<string, number>();
    for (const f of input.frozen) taken.set(f.roleId, (taken.get(f.roleId) ?? 0) + 1);
    const forbidden = new Map<string, Set<string>>();
    for (const f of input.forbidden) forbidden.set(f.applicantId, (forbidden.get(f.applicantId) ?? new Set()).add(f.roleId));

    const applications = input.applicants
      .filter((a) => !frozen.has(a.id))
      .map(
        (a): ApplicationItem => ({
          ...keys.application(a.id),
          type: 'APPLICATION',
          applicationId: a.id,
          status: 'SUBMITTED',
          homeCountry: a.homeCountry,
          submittedAt: a.submittedAt,
          gsi1pk: POOL.applications,
          gsi1sk: `${a.submittedAt}#${a.id}`,
          forbiddenRoleIds: forbidden.get(a.id),
          applicantType: a.applicantType,
          firstName: 'Bench',
          lastName: 'Applicant',
          email: `${a.id}@bench.example`,
          language: 'en',
          schoolId: 'bench',
          fieldOfStudy: a.fieldOfStudy,
          sectors: a.sectors,
          destinations: a.destinations,
          availableFrom: a.availableFrom,
          availableTo: a.availableTo,
          minWeeks: a.minWeeks,
          languages: a.languages,
          rolePreferences: a.rolePreferences,
          consent: { dataProcessing: true },
        }),
      );
    const roles = input.roles.map(
      (r): RoleItem => ({
        ...keys.role(r.id),
        type: 'ROLE',
        roleId: r.id,
        status: 'OPEN',
        placesLeft: r.places - (taken.get(r.id) ?? 0),
        submittedAt: now,
        openedAt: now,
        gsi1pk: POOL.roles,
        gsi1sk: rolePoolKey({ company: { country: r.country }, sector: r.sector, roleId: r.id }, now),
        company: { name: 'Bench Oy', businessId: 'bench', country: r.country, region: 'Bench', city: 'Bench' },
        contact: { name: 'Bench Contact', email: `${r.id}@bench.example`, language: 'en' },
        title: 'Bench role',
        sector: r.sector,
        fieldsOfStudy: r.fieldsOfStudy,
        places: r.places,
        periodFrom: r.periodFrom,
        periodTo: r.periodTo,
        minWeeks: r.minWeeks,
        languages: r.languages,
        applicantTypes: r.applicantTypes,
      }),
    );
    const items = [...applications, ...roles];
    for (let i = 0; i < items.length; i += 25) {
      const batch = items.slice(i, i + 25).map((item) => ({ PutRequest: { Item: marshall(item, { removeUndefinedValues: true }) } }));
      let request: Record<string, typeof batch> | undefined = { [tableName]: batch };
      while (request && Object.keys(request).length) {
        const out = await client.send(new BatchWriteItemCommand({ RequestItems: request }));
        request = out.UnprocessedItems as typeof request;
      }
    }

    const { runRound } = await import('#shared/rounds/round');
    const round = await runRound('benchmark');
    return {
      pool: { applications: applications.length, roles: roles.length, places: roles.reduce((n, r) => n + r.placesLeft, 0) },
      roundMs: round.durationMs,
      algorithmMs: round.algorithmMs,
      proposals: round.proposalsWritten,
      conflicts: round.conflicts,
      transactions: round.transactions,
      retries: round.retries,
      eligiblePairs: round.stats.eligiblePairs,
      itemsRead: round.itemsRead,
      itemsWritten: round.itemsWritten,
      readCapacityUnits: round.readCapacityUnits,
      writeCapacityUnits: round.writeCapacityUnits,
    };
  } finally {
    java.kill('SIGTERM');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchRound(), null, 2));
}
