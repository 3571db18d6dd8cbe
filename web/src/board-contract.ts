import type { Language } from '#shared/platform/i18n';
import type { ApplicantType, CefrLevel, Country, Sector } from '#shared/vocabulary/codes';

/*
 * The board's JSON as the pages read it: the API's contract (shared/roles/public-role.ts)
 * written out as types. The pages cannot import that module's types (it reaches the role
 * store, which needs Node's types); test/unit/web-board.test.ts checks, at compile time, that
 * these are exactly the contract's, so a change there that the pages do not follow fails `tsc`.
 */

/** What every role of the board has, in the list and on its own page. */
interface RoleFacts {
  roleId: string;
  title: string;
  language: Language;
  company: { name: string; country: Country; region: string; city: string };
  sector: Sector;
  fieldsOfStudy: string[];
  applicantTypes: ApplicantType[];
  periodFrom: string;
  periodTo: string;
  minWeeks: number;
  places: number;
  placesLeft: number;
  languages: { code: string; level: CefrLevel }[];
  openedAt: string;
}

/** GET /roles/{roleId}: one role, with its descriptions. */
export interface PublicRoleView extends RoleFacts {
  description?: string | undefined;
  translation?: { language: Language; title: string; description?: string | undefined } | undefined;
}

/** A role in GET /roles: the same without the descriptions. */
export interface BoardEntryView extends RoleFacts {
  translation?: { language: Language; title: string } | undefined;
}

/** GET /roles: a page of the board; `next` is the cursor of the page after it. */
export interface BoardPageView {
  roles: BoardEntryView[];
  next?: string | undefined;
}
