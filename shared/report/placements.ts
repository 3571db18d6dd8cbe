import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import type { SensitiveItem } from '#shared/applications/store';
import { config } from '#shared/platform/config';
import { ddb, keys, queryAll } from '#shared/platform/db';
import { FOLLOW_UP_SK, type CompanyFeedback, type EndAnswer, type FollowUpItem, type SixMonthAnswer } from '#shared/follow-up/records';
import { loadMatchContext, placementPeriod, type MatchContext } from '#shared/decisions/match-context';
import { logger } from '#shared/platform/logger';
import { SENSITIVE_ITEMS, type SensitiveAnswers } from '#shared/applications/participant';
import type { FollowUpAnswers, PlacementFacts, ReportRecord, SurveyStatus } from './indicators.ts';

/**
 * The statistical record of a confirmed placement, written when the match is confirmed: the
 * facts the funder's report counts, with no names, contacts or sensitive answers. It is on
 * index gsi1 by start date, so a report reads a period with one Query (no Scan), and it stays
 * when an applicant is erased (it holds nothing personal beyond the categories at entry).
 *
 *   pk `MATCH#<matchId>`, sk 'PLACEMENT', gsi1pk 'PLACEMENT#START', gsi1sk `<startsOn>#<matchId>`
 */
export interface PlacementItem extends PlacementFacts {
  pk: string;
  sk: 'PLACEMENT';
  type: 'PLACEMENT';
  roleId: string;
  confirmedAt: string;
  gsi1pk: string;
  gsi1sk: string;
}

export const PLACEMENTS_BY_START = 'PLACEMENT#START';
export const placementKey = (matchId: string) => ({ pk: keys.match(matchId).pk, sk: 'PLACEMENT' as const });

/**
 * The record of a confirmed placement. It starts on the agreed period's first day, or on the
 * day it was confirmed if that is later (a proposal can be decided after its period began): so
 * a placement confirmed in April for a period from 1 March counts in April's monthly report,
 * which is sent after it, not in March's, which was sent before.
 */
export function placementItem(ctx: MatchContext, confirmedAt: string): PlacementItem {
  const { match, application, role } = ctx;
  const period = placementPeriod(ctx);
  const confirmedOn = confirmedAt.slice(0, 10);
  const periodFrom = confirmedOn > period.periodFrom && confirmedOn <= period.periodTo ? confirmedOn : period.periodFrom;
  const { periodTo } = period;
  return {
    ...placementKey(match.matchId),
    type: 'PLACEMENT',
    matchId: match.matchId,
    applicationId: match.applicationId,
    roleId: match.roleId,
    applicantType: application.applicantType,
    homeCountry: application.homeCountry,
    hostCountry: role.company.country,
    sector: role.sector,
    fieldOfStudy: application.fieldOfStudy,
    startsOn: periodFrom,
    endsOn: periodTo,
    ...(application.participant ? { participant: application.participant } : {}),
    confirmedAt,
    gsi1pk: PLACEMENTS_BY_START,
    gsi1sk: `${periodFrom}#${match.matchId}`,
  };
}

/** Idempotent: the record depends only on the confirmed match, so a repeat writes the same item. */
async function putPlacement(item: PlacementItem) {
  await ddb.send(new PutCommand({ TableName: config.tableName, Item: item }));
}

/** On match.confirmed: the placement's statistical record for the funder's report (ids and categories only). */
export async function recordPlacement(matchId: string, confirmedAt: string) {
  const ctx = await loadMatchContext(matchId);
  if (!ctx || ctx.match.status !== 'CONFIRMED') {
    logger.warn('no confirmed match; no placement record', { matchId });
    return;
  }
  await putPlacement(placementItem(ctx, confirmedAt));
  logger.info('placement recorded', { matchId });
}

/** Placements that start between `from` and `to` (ISO dates, inclusive), from index gsi1. */
export async function placementsStarting(from: string, to: string): Promise<PlacementItem[]> {
  return queryAll<PlacementItem>({
    TableName: config.tableName,
    IndexName: 'gsi1',
    KeyConditionExpression: 'gsi1pk = :placements AND gsi1sk BETWEEN :from AND :to',
    ExpressionAttributeValues: { ':placements': PLACEMENTS_BY_START, ':from': from, ':to': `${to}~` },
  });
}

const get = async <T>(Key: { pk: string; sk: string }) =>
  (await ddb.send(new GetCommand({ TableName: config.tableName, Key }))).Item as T | undefined;

const SURVEY_STATUS: Record<FollowUpItem['status'], SurveyStatus> = {
  SCHEDULED: 'not_yet_due',
  SENT: 'asked',
  ANSWERED: 'answered',
  SKIPPED: 'not_asked',
};

/** The codes of the end-of-placement and six-month follow-ups (free text is never read). */
export function followUpAnswers(
  end: FollowUpItem | undefined,
  sixMonths: FollowUpItem | undefined,
  companyFeedback?: FollowUpItem,
): FollowUpAnswers | undefined {
  if (!end && !sixMonths && !companyFeedback) return undefined;
  const endAnswer = end?.status === 'ANSWERED' ? (end.answer as EndAnswer | undefined) : undefined;
  const sixAnswer = sixMonths?.status === 'ANSWERED' ? (sixMonths.answer as SixMonthAnswer | undefined) : undefined;
  const feedback = companyFeedback?.status === 'ANSWERED' ? (companyFeedback.answer as CompanyFeedback | undefined) : undefined;
  return {
    ...(end ? { endStatus: SURVEY_STATUS[end.status] } : {}),
    ...(sixMonths ? { sixMonthsStatus: SURVEY_STATUS[sixMonths.status] } : {}),
    ...(companyFeedback ? { feedbackStatus: SURVEY_STATUS[companyFeedback.status] } : {}),
    ...(feedback
      ? { feedbackOverall: feedback.overall, feedbackPreparation: feedback.preparation, feedbackHostAgain: feedback.wouldHostAgain }
      : {}),
    ...(endAnswer
      ? { completion: endAnswer.outcome, qualification: endAnswer.qualificationGained, situationNow: endAnswer.situation }
      : {}),
    ...(sixAnswer ? { situationSixMonths: sixAnswer.situation } : {}),
  };
}

/** Only the three answer codes of a sensitive item, whatever else it holds. */
const sensitiveAnswers = (item: SensitiveItem | undefined): SensitiveAnswers | undefined =>
  item && Object.fromEntries(SENSITIVE_ITEMS.flatMap((k) => (item[k] ? [[k, item[k]]] : [])));

/** Runs `fn` over `list` with at most `limit` at a time, keeping the order. */
async function mapLimited<T, R>(list: T[], limit: number, fn: (value: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(list.length);
  let next = 0;
  const worker = async () => {
    while (next < list.length) {
      const i = next++;
      out[i] = await fn(list[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, worker));
  return out;
}

/**
 * Everything the report counts for placements starting in the period: one Query for the
 * placements, then per placement its sensitive answers, its two participant follow-ups and the company's feedback
 * (GetItem each, a few at a time).
 */
export async function loadReportRecords(from: string, to: string): Promise<ReportRecord[]> {
  const placements = await placementsStarting(from, to);
  return mapLimited(placements, 16, async (item) => {
    const [sensitive, end, sixMonths, companyFeedback] = await Promise.all([
      get<SensitiveItem>(keys.sensitive(item.applicationId)),
      get<FollowUpItem>({ pk: item.pk, sk: FOLLOW_UP_SK.end }),
      get<FollowUpItem>({ pk: item.pk, sk: FOLLOW_UP_SK.sixMonths }),
      get<FollowUpItem>({ pk: item.pk, sk: FOLLOW_UP_SK.companyFeedback }),
    ]);
    const placement: PlacementFacts = {
      matchId: item.matchId,
      applicationId: item.applicationId,
      applicantType: item.applicantType,
      homeCountry: item.homeCountry,
      hostCountry: item.hostCountry,
      sector: item.sector,
      fieldOfStudy: item.fieldOfStudy,
      startsOn: item.startsOn,
      endsOn: item.endsOn,
      ...(item.participant ? { participant: item.participant } : {}),
    };
    const answers = sensitiveAnswers(sensitive);
    const followUp = followUpAnswers(end, sixMonths, companyFeedback);
    return { placement, ...(answers ? { sensitive: answers } : {}), ...(followUp ? { followUp } : {}) };
  });
}
