import { html } from '#shared/platform/html';
import { formatPeriod, labelFrom, type Language, type Translations } from '#shared/platform/i18n';
import { APPLICATION_STATUSES } from '#shared/applicant/status-page';
import type { ApplicationStatus } from '#shared/applications/store';
import { deskLayout } from './desk-layout.ts';

/** What the desk's first page offers the person the session belongs to. */
export interface DeskHomeVars {
  email: string;
  staff: boolean;
  schools: { schoolId: string; name: string; as: 'coordinator' | 'deputy' }[];
  roles: number;
  applications: { applicationId: string; status: ApplicationStatus; availableFrom: string; availableTo: string }[];
}

interface Texts {
  title: string;
  staffHeading: string;
  staffLink: string;
  schoolHeading: string;
  as: Record<'coordinator' | 'deputy', string>;
  schoolLink: string;
  rolesHeading: string;
  rolesLink: (n: number) => string;
  applicationsHeading: string;
  open: string;
  nothing: string;
}

const TEXT: Translations<Texts> = {
  fi: {
    title: 'Työpöytäsi',
    staffHeading: 'Ohjelman henkilöstö',
    staffLink: 'Oppilaitokset, koordinaattorit ja tilanne',
    schoolHeading: 'Oppilaitoksesi',
    as: { coordinator: 'koordinaattori', deputy: 'varahenkilö' },
    schoolLink: 'Hakijat ja päätökset',
    rolesHeading: 'Harjoittelupaikkasi',
    rolesLink: (n) => `Harjoittelupaikkasi (${n})`,
    applicationsHeading: 'Hakemuksesi',
    open: 'Avaa hakemus',
    nothing: 'Tällä osoitteella ei ole tällä hetkellä mitään näytettävää.',
  },
  en: {
    title: 'Your desk',
    staffHeading: 'Programme staff',
    staffLink: 'Schools, coordinators and the pipeline',
    schoolHeading: 'Your school',
    as: { coordinator: 'coordinator', deputy: 'deputy' },
    schoolLink: 'Applicants and decisions',
    rolesHeading: 'Your roles',
    rolesLink: (n) => `Your roles (${n})`,
    applicationsHeading: 'Your applications',
    open: 'Open the application',
    nothing: 'There is nothing for this address at the moment.',
  },
  et: {
    title: 'Teie töölaud',
    staffHeading: 'Programmi töötajad',
    staffLink: 'Koolid, koordinaatorid ja olukord',
    schoolHeading: 'Teie kool',
    as: { coordinator: 'koordinaator', deputy: 'asendaja' },
    schoolLink: 'Kandidaadid ja otsused',
    rolesHeading: 'Teie praktikakohad',
    rolesLink: (n) => `Teie praktikakohad (${n})`,
    applicationsHeading: 'Teie avaldused',
    open: 'Avage avaldus',
    nothing: 'Selle aadressi jaoks pole praegu midagi.',
  },
  lt: {
    title: 'Jūsų darbo vieta',
    staffHeading: 'Programos darbuotojai',
    staffLink: 'Mokyklos, koordinatoriai ir padėtis',
    schoolHeading: 'Jūsų mokykla',
    as: { coordinator: 'koordinatorius', deputy: 'pavaduojantis asmuo' },
    schoolLink: 'Kandidatai ir sprendimai',
    rolesHeading: 'Jūsų praktikos vietos',
    rolesLink: (n) => `Jūsų praktikos vietos (${n})`,
    applicationsHeading: 'Jūsų paraiškos',
    open: 'Atidaryti paraišką',
    nothing: 'Šiuo metu šiam adresui nieko nėra.',
  },
  ru: {
    title: 'Ваш личный кабинет',
    staffHeading: 'Сотрудники программы',
    staffLink: 'Учебные заведения, координаторы и общая картина',
    schoolHeading: 'Ваше учебное заведение',
    as: { coordinator: 'координатор', deputy: 'заместитель' },
    schoolLink: 'Кандидаты и решения',
    rolesHeading: 'Ваши места практики',
    rolesLink: (n) => `Ваши места практики (${n})`,
    applicationsHeading: 'Ваши заявки',
    open: 'Открыть заявку',
    nothing: 'Для этого адреса сейчас ничего нет.',
  },
};

/** The desk's first page: a section for each thing the address is, nothing for what it is not. */
export function deskHomePage(language: Language, vars: DeskHomeVars): string {
  const t = TEXT[language];
  const empty = !vars.staff && vars.schools.length === 0 && vars.roles === 0 && vars.applications.length === 0;
  const body = html`
${vars.staff ? html`<h2>${t.staffHeading}</h2><p><a class="button-link" href="/desk/staff">${t.staffLink}</a></p>` : ''}
${vars.schools.map((s) => html`<h2>${t.schoolHeading}: ${s.name}</h2><p class="muted">${t.as[s.as]}</p><p><a class="button-link" href="/desk/school/${s.schoolId}">${t.schoolLink}</a></p>`)}
${vars.roles > 0 ? html`<h2>${t.rolesHeading}</h2><p><a class="button-link" href="/desk/roles">${t.rolesLink(vars.roles)}</a></p>` : ''}
${vars.applications.length > 0
  ? html`<h2>${t.applicationsHeading}</h2>${vars.applications.map(
      (a) => html`<form method="post" action="/desk/applications/${a.applicationId}"><p>${formatPeriod(a.availableFrom, a.availableTo, language)}: <strong>${labelFrom(APPLICATION_STATUSES[language], a.status)}</strong></p><button type="submit">${t.open}</button></form>`,
    )}`
  : ''}
${empty ? html`<p>${t.nothing}</p>` : ''}`;
  return deskLayout({ language, title: t.title, body, email: vars.email });
}
