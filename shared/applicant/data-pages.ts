import { html, type SafeHtml } from '#shared/platform/html';
import { formatDate, type Language, type Translations } from '#shared/platform/i18n';
import { estonianDate } from '#shared/platform/estonian';
import { layout } from '#shared/platform/page-layout';

/*
 * The applicant's own data, from the status page: "download my data" (a JSON
 * file, by GET: it changes nothing), "delete my data" (a confirm page by GET, the erasure by
 * the POST of its form), and what the link shows once the data is gone.
 */

interface Text {
  section: { heading: string; text: string; download: string; erase: string };
  confirm: { title: string; lead: string; pending: string; kept: string; button: string; back: string };
  erased: { title: string; text: (date: string) => string; again: string };
}

const TEXT: Translations<Text> = {
  fi: {
    section: {
      heading: 'Tietosi',
      text: 'Voit ladata kaikki sinusta tallennetut tiedot tai pyytää henkilötietojesi poistamista.',
      download: 'Lataa tietoni (JSON)',
      erase: 'Poista tietoni',
    },
    confirm: {
      title: 'Poistetaanko tietosi?',
      lead: 'Nimesi, sähköpostiosoitteesi, motivaatiokirjeesi ja muut henkilötietosi poistetaan pysyvästi tästä hakemuksesta ja kaikesta, mikä siihen liittyy. Poistoa ei voi perua.',
      pending: 'Jos hakemuksesi odottaa vielä paikkaa, se perutaan ja mahdollinen avoin ehdotus vapautetaan.',
      kept: 'Jäljelle jää nimetön tietue (oppilaitos, koulutusala, ajankohta, tila), jonka ohjelma laskee mukaan rahoittajalle raportoitaviin tilastoihin. Sitä ei voi yhdistää sinuun.',
      button: 'Poista tietoni',
      back: 'Takaisin hakemukseesi',
    },
    erased: {
      title: 'Tietosi on poistettu',
      text: (date) => `Henkilötietosi poistettiin ${date}. Jäljellä on vain nimetön tilastotietue. Tämä linkki ei enää näytä muuta.`,
      again: 'Jos haluat osallistua uudelleen, voit lähettää uuden hakemuksen.',
    },
  },
  en: {
    section: {
      heading: 'Your data',
      text: 'You can download everything we hold about you, or have your personal data deleted.',
      download: 'Download my data (JSON)',
      erase: 'Delete my data',
    },
    confirm: {
      title: 'Delete your data?',
      lead: 'Your name, email address, motivation and any other personal details will be deleted for good, from this application and from everything linked to it. This cannot be undone.',
      pending: 'If your application is still waiting for a placement, it is withdrawn and any pending proposal is released.',
      kept: 'What is kept is an anonymous record (school, field of study, dates, status) that the programme counts in its statistics for the funder. It cannot be linked to you.',
      button: 'Delete my data',
      back: 'Back to your application',
    },
    erased: {
      title: 'Your data was deleted',
      text: (date) => `Your personal data was deleted on ${date}. Only an anonymous statistical record is left. This link no longer shows anything else.`,
      again: 'If you want to take part again, you can send a new application.',
    },
  },
  et: {
    section: {
      heading: 'Teie andmed',
      text: 'Võite alla laadida kõik andmed, mis meil Teie kohta on, või lasta oma isikuandmed kustutada.',
      download: 'Laadige minu andmed alla (JSON)',
      erase: 'Kustutage minu andmed',
    },
    confirm: {
      title: 'Kas kustutada Teie andmed?',
      lead: 'Teie nimi, e-posti aadress, motivatsioon ja muud isikuandmed kustutatakse jäädavalt sellest avaldusest ja kõigest, mis sellega on seotud. Kustutamist ei saa tagasi võtta.',
      pending: 'Kui Teie avaldus ootab veel praktikakohta, võetakse see tagasi ja ootel pakkumine vabastatakse.',
      kept: 'Alles jääb anonüümne kirje (kool, õppevaldkond, kuupäevad, seis), mida programm arvestab rahastajale esitatavas statistikas. Seda ei saa Teiega seostada.',
      button: 'Kustutage minu andmed',
      back: 'Tagasi avalduse juurde',
    },
    erased: {
      title: 'Teie andmed on kustutatud',
      text: (date) => `Teie isikuandmed kustutati ${estonianDate(date, 'adessive')}. Alles on ainult anonüümne statistiline kirje. See link ei näita enam midagi muud.`,
      again: 'Kui soovite uuesti osaleda, võite esitada uue avalduse.',
    },
  },
  lt: {
    section: {
      heading: 'Jūsų duomenys',
      text: 'Galite atsisiųsti visus apie Jus saugomus duomenis arba paprašyti ištrinti savo asmens duomenis.',
      download: 'Atsisiųsti mano duomenis (JSON)',
      erase: 'Ištrinti mano duomenis',
    },
    confirm: {
      title: 'Ištrinti Jūsų duomenis?',
      lead: 'Jūsų vardas, pavardė, el. pašto adresas, motyvacija ir kiti asmens duomenys bus negrįžtamai ištrinti iš šios paraiškos ir visko, kas su ja susiję. Šio veiksmo atšaukti negalima.',
      pending: 'Jei Jūsų paraiška dar laukia praktikos vietos, ji bus atšaukta, o laukiantis pasiūlymas – panaikintas.',
      kept: 'Liks tik anoniminis įrašas (mokykla, studijų sritis, datos, būsena), kurį programa įtraukia į statistiką finansuotojui. Jo negalima susieti su Jumis.',
      button: 'Ištrinti mano duomenis',
      back: 'Grįžti prie paraiškos',
    },
    erased: {
      title: 'Jūsų duomenys ištrinti',
      text: (date) => `Jūsų asmens duomenys ištrinti ${date}. Liko tik anoniminis statistinis įrašas. Ši nuoroda daugiau nieko nerodo.`,
      again: 'Jei norite vėl dalyvauti, galite pateikti naują paraišką.',
    },
  },
  ru: {
    section: {
      heading: 'Ваши данные',
      text: 'Вы можете скачать все данные, которые у нас есть о Вас, или удалить свои персональные данные.',
      download: 'Скачать мои данные (JSON)',
      erase: 'Удалить мои данные',
    },
    confirm: {
      title: 'Удалить Ваши данные?',
      lead: 'Ваши имя, адрес электронной почты, мотивационное письмо и другие персональные данные будут безвозвратно удалены из этой заявки и из всего, что с ней связано. Отменить удаление нельзя.',
      pending: 'Если Ваша заявка ещё ожидает места практики, она будет отозвана, а ожидающее предложение — снято.',
      kept: 'Останется только анонимная запись (учебное заведение, направление обучения, сроки, статус), которую программа учитывает в статистике для финансирующей организации. Связать её с Вами невозможно.',
      button: 'Удалить мои данные',
      back: 'Вернуться к заявке',
    },
    erased: {
      title: 'Ваши данные удалены',
      text: (date) => `Ваши персональные данные удалены ${date}. Осталась только анонимная статистическая запись. Эта ссылка больше ничего не показывает.`,
      again: 'Если Вы захотите участвовать снова, подайте новую заявку.',
    },
  },
};

/** Where the status page's data links lead: the same link with a query. */
export const DATA_VIEW = { download: 'data', erase: 'erase' } as const;

/** The "your data" part of the status page: download, and the way to the delete confirmation. */
export function yourDataSection(language: Language, path: string): SafeHtml {
  const t = TEXT[language].section;
  return html`<h2>${t.heading}</h2>
<p>${t.text}</p>
<ul>
<li><a href="${path}?view=${DATA_VIEW.download}" download>${t.download}</a></li>
<li><a href="${path}?view=${DATA_VIEW.erase}">${t.erase}</a></li>
</ul>`;
}

/** The confirmation: what goes, what stays; only the POST of its form deletes. */
export function eraseConfirmPage(language: Language, vars: { action: string }): string {
  const t = TEXT[language].confirm;
  const body = html`
<p class="lead">${t.lead}</p>
<p>${t.pending}</p>
<p class="notice">${t.kept}</p>
<form method="post" action="${vars.action}"><input type="hidden" name="decision" value="erase"><button type="submit" class="destructive">${t.button}</button></form>
<p><a href="${vars.action}">${t.back}</a></p>`;
  return layout({ language, title: t.title, body });
}

/** What the status link shows once the data is gone, whatever is asked of it. */
export function dataErasedPage(language: Language, vars: { erasedAt: string }): string {
  const t = TEXT[language].erased;
  const body = html`
<p class="lead">${t.text(formatDate(vars.erasedAt, language))}</p>
<p class="muted">${t.again}</p>`;
  return layout({ language, title: t.title, body });
}
