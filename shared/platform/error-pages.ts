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

/** A page with a heading and a few paragraphs. */
const simplePage = (text: Text) => (language: Language): string => {
  const t = text[language];
  return layout({ language, title: t.title, body: paragraphs(t.body) });
};

/** Something the link points at no longer exists (e.g. removed data). */
export const notFoundPage = simplePage(NOT_FOUND);

/** Anything else that went wrong; says nothing about the cause. */
export const errorPage = simplePage(ERROR);
