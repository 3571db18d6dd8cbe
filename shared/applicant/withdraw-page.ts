import { html } from '#shared/platform/html';
import type { Language, Translations } from '#shared/platform/i18n';
import { layout } from '#shared/platform/page-layout';

/*
 * Withdrawing is for good, so it is asked twice, like deleting one's data: the status page's
 * "Withdraw" leads (GET `?view=withdraw`, which changes nothing) to this page, which says what
 * withdrawing does; only its form's POST (`decision=withdraw`) withdraws.
 */

/** The status link's query that shows this page. */
export const WITHDRAW_VIEW = 'withdraw';

interface Text {
  title: string;
  lead: string;
  proposed: string;
  after: string;
  data: string;
  button: string;
  back: string;
}

const TEXT: Translations<Text> = {
  fi: {
    title: 'Perutaanko hakemuksesi?',
    lead: 'Peruttu hakemus poistuu paikkojen hausta lopullisesti, eikä sinulle enää ehdoteta paikkoja. Perumista ei voi jälkikäteen peruuttaa.',
    proposed: 'Sinulle on ehdotettu paikkaa: ehdotus perutaan, ja paikka palaa yritykselle.',
    after: 'Saat perumisesta vahvistuksen sähköpostiisi. Voit hakea uudelleen milloin tahansa uudella hakemuksella.',
    data: 'Perutun hakemuksen tiedot säilytetään tietosuojaselosteen mukaan, ellet poista niitä itse hakemuksesi sivulta (”Poista tietoni”).',
    button: 'Peru hakemukseni',
    back: 'Älä peru – takaisin hakemukseesi',
  },
  en: {
    title: 'Withdraw your application?',
    lead: 'A withdrawn application leaves the search for placements for good, and no placement will be proposed to you any more. Withdrawing cannot be undone.',
    proposed: 'A placement has been proposed to you: the proposal is cancelled and the place goes back to the company.',
    after: 'You will get an email confirming it. You can apply again at any time with a new application.',
    data: 'The data of a withdrawn application is kept as the privacy notice says, unless you delete it yourself from your application’s page (“Delete my data”).',
    button: 'Withdraw my application',
    back: 'Do not withdraw – back to your application',
  },
  et: {
    title: 'Kas võtta avaldus tagasi?',
    lead: 'Tagasi võetud avaldus lahkub praktikakohtade otsingust jäädavalt ja Teile ei pakuta enam praktikakohti. Tagasivõtmist ei saa hiljem tühistada.',
    proposed: 'Teile on pakutud praktikakohta: pakkumine tühistatakse ja koht antakse ettevõttele tagasi.',
    after: 'Saate tagasivõtmise kohta kinnituse e-postiga. Võite igal ajal uuesti kandideerida uue avaldusega.',
    data: 'Tagasi võetud avalduse andmeid säilitatakse privaatsusteates kirjeldatud viisil, kui Te neid ise avalduse lehelt ei kustuta („Kustutage minu andmed“).',
    button: 'Võtke avaldus tagasi',
    back: 'Ei, jätan avalduse alles',
  },
  lt: {
    title: 'Atšaukti Jūsų paraišką?',
    lead: 'Atšaukta paraiška visam laikui pašalinama iš praktikos vietų paieškos, ir praktikos vietos Jums nebebus siūlomos. Atšaukimo atkurti negalima.',
    proposed: 'Jums pasiūlyta praktikos vieta: pasiūlymas atšaukiamas, o vieta grąžinama įmonei.',
    after: 'Atšaukimo patvirtinimą gausite el. paštu. Bet kada galite vėl pateikti naują paraišką.',
    data: 'Atšauktos paraiškos duomenys saugomi, kaip nurodyta privatumo pranešime, nebent juos patys ištrintumėte paraiškos puslapyje („Ištrinti mano duomenis“).',
    button: 'Atšaukti paraišką',
    back: 'Neatšaukti – grįžti prie paraiškos',
  },
  ru: {
    title: 'Отозвать Вашу заявку?',
    lead: 'Отозванная заявка навсегда исключается из подбора мест практики, и места Вам больше предлагаться не будут. Отменить отзыв нельзя.',
    proposed: 'Вам предложено место практики: предложение будет отменено, а место вернётся компании.',
    after: 'Вы получите письмо с подтверждением. Подать новую заявку можно в любое время.',
    data: 'Данные отозванной заявки хранятся, как описано в уведомлении о конфиденциальности, если Вы не удалите их сами на странице заявки («Удалить мои данные»).',
    button: 'Отозвать заявку',
    back: 'Не отзывать — вернуться к заявке',
  },
};

/** The link from the status page: a secondary, destructive action, not the page's main button. */
export function withdrawLink(language: Language, path: string) {
  return html`<p><a class="button-link destructive" href="${path}?view=${WITHDRAW_VIEW}">${TEXT[language].button}</a></p>`;
}

/** What withdrawing does; only the POST of its form withdraws. `proposed`: a proposal is pending and would be cancelled. */
export function withdrawConfirmPage(language: Language, vars: { action: string; proposed: boolean }): string {
  const t = TEXT[language];
  const body = html`
<p class="lead">${t.lead}</p>
${vars.proposed ? html`<p class="notice">${t.proposed}</p>` : ''}
<p>${t.after}</p>
<p class="muted">${t.data}</p>
<form method="post" action="${vars.action}"><input type="hidden" name="decision" value="withdraw"><button type="submit" class="destructive">${t.button}</button></form>
<p><a href="${vars.action}">${t.back}</a></p>`;
  return layout({ language, title: t.title, body });
}
