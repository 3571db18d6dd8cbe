import type { Language, Translations } from './i18n.ts';
import { layout, paragraphs } from './page-layout.ts';

type Text = Translations<{ title: string; body: string[] }>;

const NOT_FOUND: Text = {
  fi: {
    title: 'Sivua ei löytynyt',
    body: ['Etsimääsi sivua ei ole, tai sen tiedot on poistettu.', 'Tarkista osoite tai avaa linkki uudelleen sähköpostista.'],
  },
  en: {
    title: 'Page not found',
    body: ['The page you are looking for does not exist, or its details have been removed.', 'Check the address, or open the link from the email again.'],
  },
  et: {
    title: 'Lehte ei leitud',
    body: ['Otsitud lehte ei ole või selle andmed on eemaldatud.', 'Kontrollige aadressi või avage link uuesti e-kirjast.'],
  },
  lt: {
    title: 'Puslapis nerastas',
    body: ['Ieškomo puslapio nėra arba jo duomenys pašalinti.', 'Patikrinkite adresą arba dar kartą atidarykite nuorodą iš laiško.'],
  },
  ru: {
    title: 'Страница не найдена',
    body: ['Страница, которую Вы ищете, не существует, или её данные были удалены.', 'Проверьте адрес или снова откройте ссылку из письма.'],
  },
};

const ERROR: Text = {
  fi: {
    title: 'Jotain meni vikaan',
    body: ['Emme pystyneet käsittelemään pyyntöäsi.', 'Yritä muutaman minuutin kuluttua uudelleen avaamalla linkki sähköpostista.'],
  },
  en: {
    title: 'Something went wrong',
    body: ['We could not complete your request.', 'Please try again in a few minutes by opening the link in the email again.'],
  },
  et: {
    title: 'Midagi läks valesti',
    body: ['Me ei saanud Teie päringut täita.', 'Palun proovige mõne minuti pärast uuesti, avades lingi e-kirjast.'],
  },
  lt: {
    title: 'Įvyko klaida',
    body: ['Nepavyko įvykdyti Jūsų užklausos.', 'Pabandykite dar kartą po kelių minučių, iš naujo atidarę nuorodą iš laiško.'],
  },
  ru: {
    title: 'Что-то пошло не так',
    body: ['Не удалось выполнить Ваш запрос.', 'Попробуйте ещё раз через несколько минут, снова открыв ссылку из письма.'],
  },
};

const CROSS_SITE: Text = {
  fi: {
    title: 'Lomaketta ei hyväksytty',
    body: ['Tämän lomakkeen voi lähettää vain Liike-palvelun omalta sivulta.', 'Avaa linkki uudelleen sähköpostista ja paina painiketta siellä.'],
  },
  en: {
    title: 'Form not accepted',
    body: ['This form can only be sent from Liike’s own page.', 'Open the link from the email again and press the button there.'],
  },
  et: {
    title: 'Vormi ei võetud vastu',
    body: ['Seda vormi saab saata ainult Liike enda lehelt.', 'Avage link e-kirjast uuesti ja vajutage seal nuppu.'],
  },
  lt: {
    title: 'Forma nepriimta',
    body: ['Šią formą galima išsiųsti tik iš paties Liike puslapio.', 'Dar kartą atidarykite nuorodą iš laiško ir paspauskite mygtuką ten.'],
  },
  ru: {
    title: 'Форма не принята',
    body: ['Эту форму можно отправить только со страницы самого Liike.', 'Снова откройте ссылку из письма и нажмите кнопку там.'],
  },
};

/** A page with a heading and a few paragraphs. */
const simplePage = (text: Text) => (language: Language): string => {
  const t = text[language];
  return layout({ language, title: t.title, body: paragraphs(t.body) });
};

/** Something the link points at no longer exists (e.g. removed data). */
export const notFoundPage = /* @__PURE__ */ simplePage(NOT_FOUND);

/** A form post another site's page sent (cross-site request forgery); nothing was done. */
export const crossSitePage = /* @__PURE__ */ simplePage(CROSS_SITE);

/** Anything else that went wrong; says nothing about the cause. */
export const errorPage = /* @__PURE__ */ simplePage(ERROR);
