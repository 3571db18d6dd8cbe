import type { Language } from '#shared/platform/i18n';
import type { ApplicantType, CefrLevel, Country, Sector } from '#shared/vocabulary/codes';

/*
 * The board's JSON as the pages read it: the API's contract (shared/roles/public-role.ts)
 * written out as types. The pages cannot import that module's types (it reaches the role
 * store, which needs Node's types); test/unit/web-board.test.ts checks, at compile time, that
 * these are exactly the contract's, so a change there that the pages do not follow fails `tsc`.
 */

export interface PublicRoleView {
  roleId: string;
  title: string;
  description?: string | undefined;
  language: Language;
  translation?: { language: Language; title: string; description?: string | undefined } | undefined;
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

/** A role in GET /roles: the same without the descriptions. */
export type BoardEntryView = Omit<PublicRoleView, 'description' | 'translation'> & {
  translation?: { language: Language; title: string } | undefined;
};

/** GET /roles: a page of the board; `next` is the cursor of the page after it. */
export interface BoardPageView {
  roles: BoardEntryView[];
  next?: string | undefined;
}
