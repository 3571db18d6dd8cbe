import { languageName, type Language } from '#shared/platform/i18n';
import type { FieldError } from '#shared/platform/http/problem';
import { roleIdOf } from '#shared/roles/role-id';
import { roleTextFor } from '#shared/roles/role-text';
import { countryName } from '#shared/vocabulary/labels';
import type { BoardEntryView as BoardEntry, BoardPageView as BoardPage, PublicRoleView as PublicRole } from './board-contract.ts';
import { bind, h } from './dom.ts';
import { facts } from './board-texts.ts';
import { fill } from './texts.ts';

/*
 * What the board page and the application form share about roles: the board's JSON API
 * (GET /roles, GET /roles/{roleId}; the contract is shared/roles/public-role.ts, read here as
 * the types of board-contract.ts, so neither page carries zod for it), the links between the pages, and a role's
 * title as the company wrote it, in the text that fits the reader, with its language named.
 * Nothing here may import the form's modules: the board page is kept free of zod.
 */

/** The board's page (static, web/build.ts); one role's page is `?role=<id>` on it. */
export const BOARD_PATH = '/roles/';
export const boardPath = (language: Language) => `${BOARD_PATH}?lang=${language}`;
export const rolePagePath = (roleId: string, language: Language) => `${BOARD_PATH}?role=${encodeURIComponent(roleId)}&lang=${language}`;
/** "Apply for this role": the form with the role as first choice (web/src/apply.ts reads `role`). */
export const applyPath = (roleId: string, language: Language) => `/apply/?role=${encodeURIComponent(roleId)}&lang=${language}`;


/** What a role's summary needs: a board entry, a role's page and a chosen role all have it. */
export type RoleSummary = Pick<BoardEntry, 'roleId' | 'title' | 'language' | 'translation' | 'company' | 'sector' | 'applicantTypes'>;

export type Answer<T> =
  | { kind: 'ok'; body: T }
  /** 404: no such role, or not open (closed, full, not verified). */
  | { kind: 'not-found' }
  /** 400: a query parameter the API refused, named by `path`. */
  | { kind: 'invalid'; errors: FieldError[] }
  /** No answer, or a 5xx: worth trying again. */
  | { kind: 'failed' };

async function getJson<T>(url: string, signal?: AbortSignal): Promise<Answer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, ...(signal ? { signal } : {}) });
    if (response.ok) return { kind: 'ok', body: (await response.json()) as T };
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    return { kind: 'failed' };
  }
  if (response.status === 404) return { kind: 'not-found' };
  if (response.status === 400) {
    const list = ((await response.json().catch(() => null)) as { errors?: unknown } | null)?.errors;
    const errors = Array.isArray(list) ? list.filter((e): e is FieldError => typeof e?.path === 'string' && typeof e?.message === 'string') : [];
    return { kind: 'invalid', errors };
  }
  return { kind: 'failed' };
}

/** Requests one load of the board may make, following `next`, before it shows what it found. */
export const BOARD_FOLLOW = 5;

export interface BoardFetch {
  signal?: AbortSignal;
  /** Roles wanted (after `keep`): `next` is followed until there are this many. 1 by default. */
  atLeast?: number;
  /** Only the roles this lets through are gathered and counted (a narrowing the API cannot do). */
  keep?: (role: BoardEntry) => boolean;
}

/**
 * GET /roles with these parameters (only the API's own: never `lang`, which it would refuse).
 * A rare filter may spend a request's budget before it finds a role: the API then answers with
 * what it found, maybe nothing, and where it stopped (`next`; docs/api.md, The board). So this
 * follows `next` until it has `atLeast` roles, the board has no more, or BOARD_FOLLOW requests
 * are made, and answers with the roles gathered and the last `next`: a page, not "none" while
 * some match. A request that fails after roles were gathered ends it with those (and the `next`
 * it was asking for, so "more" asks again); one that fails before is the answer.
 */
export async function fetchBoard(query: URLSearchParams, { signal, atLeast = 1, keep = () => true }: BoardFetch = {}): Promise<Answer<BoardPage>> {
  const request = new URLSearchParams(query);
  const roles: BoardEntry[] = [];
  let next: string | undefined;
  for (let requests = 0; requests < BOARD_FOLLOW; requests++) {
    const search = request.toString();
    const answer = await getJson<BoardPage>(search ? `/roles?${search}` : '/roles', signal);
    if (answer.kind !== 'ok') {
      if (roles.length === 0) return answer;
      break;
    }
    roles.push(...answer.body.roles.filter(keep));
    next = answer.body.next;
    if (next === undefined || roles.length >= atLeast) break;
    request.set('cursor', next);
  }
  return { kind: 'ok', body: next === undefined ? { roles } : { roles, next } };
}

/**
 * GET /roles/{roleId}; what is no role id is not asked. The id is asked as issued (lower case,
 * as the API reads it too: shared/roles/role-id.ts), so a link with it in upper case shows the
 * role, from the same cached answer.
 */
export const fetchRole = async (value: string | null): Promise<Answer<PublicRole>> => {
  const roleId = roleIdOf(value);
  return roleId === undefined ? { kind: 'not-found' } : getJson<PublicRole>(`/roles/${roleId}`);
};

/**
 * The role's title in the text that fits the reader (their language, else English, else the
 * original), with `lang` set to the language it is written in, so a screen reader reads it in
 * that language. Follows the page's language.
 */
export function roleTitle<K extends 'h1' | 'h2' | 'h3' | 'strong' | 'span' | 'a'>(tag: K, role: RoleSummary, attributes: Record<string, string> = {}) {
  const element = h(tag, attributes);
  bind(element, (l) => roleTextFor(role, l).title);
  bind(element, (l) => roleTextFor(role, l).language, 'lang');
  return element;
}

/**
 * "Language of the text: Finnish" when what is shown is not in the reader's language (empty
 * otherwise; CSS hides an empty one).
 */
export function textLanguageNote(role: RoleSummary, shown: (reader: Language) => Language = (l) => roleTextFor(role, l).language) {
  return bind(h('p', { class: 'text-language' }), (l) => {
    const language = shown(l);
    return language === l ? '' : fill(facts.textLanguage[l], { language: languageName(language, l) });
  });
}

/** "Tampere, Finland" */
export const place = (role: RoleSummary, language: Language) => `${role.company.city}, ${countryName(role.company.country, language)}`;
