import { getMatch } from '#shared/decisions/matches';
import { withdrawApplication } from '#shared/decisions/transitions';
import { applicationOfSchool, type SchoolWithdrawal } from './data.ts';

/** A few reads and tries: a proposal may move on (approved, expired) between the read and the write. */
const ATTEMPTS = 3;

/**
 * The school withdraws an application on the student's behalf: the applicant's own withdrawal
 * (withdrawApplication: out of the pool for good, a pending proposal released with it), with
 * its cause (`withdrawnBySchool`: the emails say who did it) and the reason written in the same
 * transaction. The reason is in no event.
 */
export async function withdrawForStudent(
  schoolId: string,
  applicationId: string,
  withdrawal: Omit<SchoolWithdrawal, 'at'>,
  now: Date,
): Promise<'withdrawn' | 'not-allowed' | 'gone'> {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const application = await applicationOfSchool(schoolId, applicationId);
    if (!application) return 'gone';
    const match = application.status === 'PROPOSED' && application.matchId ? await getMatch(application.matchId) : undefined;
    const outcome = await withdrawApplication(application, match, now, 'withdrawnBySchool', { ...withdrawal, at: now.toISOString() });
    if (outcome === 'not-allowed') return 'not-allowed';
    if (outcome === 'conflict') continue;
    return 'withdrawn';
  }
  return 'not-allowed';
}
