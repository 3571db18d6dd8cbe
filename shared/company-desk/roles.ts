import { getApplication, type ApplicationItem } from '#shared/applications/store';
import { personName } from '#shared/applications/latin-name';
import { placementPeriod } from '#shared/decisions/match-context';
import { matchesOfRole, type MatchItem } from '#shared/decisions/matches';
import { LINK_LIFETIME_DAYS } from '#shared/links/tokens';
import { getRole, type RoleItem } from '#shared/roles/store';
import { getSchool, schoolName, type School } from '#shared/schools/registry';
import { normalisedEmail, type Identity } from '#shared/sign-in/identity';
import { forReaderIn } from '#shared/vocabulary/time-zones';

/*
 * What the company contact's desk shows: the roles whose contact the session's address is, each
 * with its proposals still waiting for a decision and its confirmed trainees. Read on every
 * request, from the data alone (the session grants nothing of its own).
 */

export interface ProposalView {
  matchId: string;
  /** "Анна Смирнова (Anna Smirnova)": the name with its Latin form. */
  name: string;
  schoolName: string;
  /** Whose decision it waits for; `ending`: the role is closed, and the proposal is being released. */
  stage: 'coordinator' | 'company' | 'ending';
  /** When that decision expires, on the company's clock (forReaderIn). */
  dueAt?: string;
  periodFrom: string;
  periodTo: string;
}

export interface TraineeView {
  matchId: string;
  /** Undefined once the person's data has been erased. */
  name?: string;
  schoolName: string;
  periodFrom: string;
  periodTo: string;
  /** The sending school's coordinator: whom the company talks to about the placement. */
  coordinator?: { name: string; email: string };
}

export interface RoleView {
  roleId: string;
  title: string;
  companyName: string;
  status: RoleItem['status'];
  places: number;
  placesLeft: number;
  periodFrom: string;
  periodTo: string;
  contactEmail: string;
  /** While pending verification: until when the verification link works, on the company's clock. */
  verificationUntil?: string;
  verificationExpired?: boolean;
  /** A closed role whose period has not ended: it can be reopened (shared/roles/manage.ts). */
  reopenable?: boolean;
  proposals: ProposalView[];
  trainees: TraineeView[];
}

const ROLE_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const DAY_MS = 86_400_000;

/** Whether `email` is the role's contact: addresses are compared as identity.ts normalises them. */
export const isContactOf = (role: Pick<RoleItem, 'contact'>, email: string) => normalisedEmail(role.contact.email) === normalisedEmail(email);

/**
 * The role, if the session's address is its contact; anything else (an unknown id, another
 * contact's role) is undefined alike, so the desk answers both with the same 404.
 */
export async function ownRole(identity: Pick<Identity, 'email'>, roleId: string): Promise<RoleItem | undefined> {
  if (!ROLE_ID.test(roleId)) return undefined;
  const role = await getRole(roleId);
  return role && isContactOf(role, identity.email) ? role : undefined;
}

/**
 * The contact's roles, newest first. identity.ts has already queried the contact's part of the
 * desk index (gsi3, DESK.contact) for their ids; each role is then read consistently, so a role
 * closed a moment ago shows as closed (the index may lag behind its item).
 */
async function rolesOf(identity: Pick<Identity, 'email' | 'roleIds'>): Promise<RoleItem[]> {
  const roles = await Promise.all(identity.roleIds.map((roleId) => getRole(roleId)));
  return roles
    .filter((role): role is RoleItem => role !== undefined && isContactOf(role, identity.email))
    .sort((a, b) => b.submittedAt.localeCompare(a.submittedAt) || a.roleId.localeCompare(b.roleId));
}

interface Loaded {
  role: RoleItem;
  pending: MatchItem[];
  confirmed: MatchItem[];
}

/** Every application and school the roles' matches name, each read once. */
async function people(loaded: Loaded[]) {
  const applicationIds = [...new Set(loaded.flatMap(({ pending, confirmed }) => [...pending, ...confirmed].map((m) => m.applicationId)))];
  const applications = new Map(
    (await Promise.all(applicationIds.map((id) => getApplication(id)))).flatMap((a): [string, ApplicationItem][] => (a ? [[a.applicationId, a]] : [])),
  );
  const schoolIds = [...new Set([...applications.values()].map((a) => a.schoolId))];
  const schools = new Map((await Promise.all(schoolIds.map((id) => getSchool(id)))).flatMap((s): [string, School][] => (s ? [[s.schoolId, s]] : [])));
  return { applications, schools };
}

const byStart = <T extends { periodFrom: string; matchId: string }>(a: T, b: T) => a.periodFrom.localeCompare(b.periodFrom) || a.matchId.localeCompare(b.matchId);

function roleView({ role, pending, confirmed }: Loaded, { applications, schools }: Awaited<ReturnType<typeof people>>, now: Date): RoleView {
  const country = role.company.country;
  const proposals = pending.flatMap((match): ProposalView[] => {
    const application = applications.get(match.applicationId);
    if (!application || application.erasedAt) return [];
    const school = schools.get(application.schoolId);
    const { periodFrom, periodTo } = placementPeriod({ match, application, role });
    const stage = role.status === 'CLOSED' ? 'ending' : match.status === 'APPROVED' ? 'company' : 'coordinator';
    return [
      {
        matchId: match.matchId,
        name: personName(application),
        schoolName: school ? schoolName(school) : application.schoolId,
        stage,
        ...(stage !== 'ending' && match.decisionDueAt ? { dueAt: forReaderIn(match.decisionDueAt, country) } : {}),
        periodFrom,
        periodTo,
      },
    ];
  });
  const trainees = confirmed.flatMap((match): TraineeView[] => {
    const application = applications.get(match.applicationId);
    if (!application) return [];
    const school = schools.get(application.schoolId);
    const { periodFrom, periodTo } = placementPeriod({ match, application, role });
    return [
      {
        matchId: match.matchId,
        ...(application.erasedAt ? {} : { name: personName(application) }),
        schoolName: school ? schoolName(school) : application.schoolId,
        periodFrom,
        periodTo,
        ...(school ? { coordinator: { name: school.coordinator.name, email: school.coordinator.email } } : {}),
      },
    ];
  });
  // The verification link is issued a moment after the role is posted, and works this long.
  const verificationEnds = new Date(Date.parse(role.submittedAt) + LINK_LIFETIME_DAYS.roleVerification * DAY_MS);
  return {
    roleId: role.roleId,
    title: role.title,
    companyName: role.company.name,
    status: role.status,
    places: role.places,
    placesLeft: role.placesLeft,
    periodFrom: role.periodFrom,
    periodTo: role.periodTo,
    contactEmail: role.contact.email,
    ...(role.status === 'PENDING_VERIFICATION'
      ? { verificationUntil: forReaderIn(verificationEnds.toISOString(), country), verificationExpired: verificationEnds <= now }
      : {}),
    ...(role.status === 'CLOSED' ? { reopenable: role.periodTo >= now.toISOString().slice(0, 10) } : {}),
    proposals: proposals.sort(byStart),
    trainees: trainees.sort(byStart),
  };
}

/** The contact's roles with their proposals and trainees: the desk's content. */
export async function contactDesk(identity: Pick<Identity, 'email' | 'roleIds'>, now: Date): Promise<RoleView[]> {
  const roles = await rolesOf(identity);
  // A role waiting for verification has never been matched: nothing to read for it.
  const loaded = await Promise.all(
    roles.map(async (role): Promise<Loaded> => (role.status === 'PENDING_VERIFICATION' ? { role, pending: [], confirmed: [] } : { role, ...(await matchesOfRole(role.roleId)) })),
  );
  const read = await people(loaded);
  return loaded.map((one) => roleView(one, read, now));
}
