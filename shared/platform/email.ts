import { config } from './config.ts';
import { html, type SafeHtml } from './html.ts';
import { BRAND, TAGLINE, type Language, type Translations } from './i18n.ts';
import { PRIVACY_NOTICE, privacyPath } from './site-paths.ts';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * What an email says, as plain strings in one language. One renderer turns it into both the
 * text part and the HTML part, so the two always say the same thing.
 */
export interface EmailContent {
  subject: string;
  greeting: string;
  /** Paragraphs before the facts and the button. */
  intro: string[];
  /** Label–value pairs (company, role, reference, ...). */
  facts?: [label: string, value: string][];
  /** Headed groups after the facts (the applicant, the placement, the score), each with its own pairs and text. */
  sections?: EmailSection[];
  /** The one link of the message, shown as a button with the address as a fallback. */
  action?: { label: string; url: string; note?: string };
  /** Paragraphs after the button. */
  outro?: string[];
  /** A second, quieter link after the outro (e.g. close a role): a plain link, not a button. */
  secondaryAction?: { label: string; url: string; note?: string };
}

export interface EmailSection {
  heading: string;
  facts?: [label: string, value: string][];
  /** Free text, such as the applicant's own words; line breaks are kept. */
  paragraphs?: string[];
}

interface Chrome {
  closing: string;
  /** The footer without a contact address: nobody reads replies. */
  automated: string;
  /** The footer with one: replies and letters to the address are read. */
  sentBy: string;
  contact: (address: string) => string;
  fallback: string;
}

const CHROME: Translations<Chrome> = {
  fi: {
    closing: 'Ystävällisin terveisin',
    automated: 'Tämä on Liike-palvelun automaattinen viesti. Älä vastaa tähän viestiin.',
    sentBy: 'Tämän viestin lähetti Liike-palvelu.',
    contact: (address) => `Kysyttävää? Vastaa tähän viestiin tai kirjoita osoitteeseen ${address}.`,
    fallback: 'Jos painike ei toimi, kopioi tämä osoite selaimeesi:',
  },
  en: {
    closing: 'Best regards,',
    automated: 'This is an automated message from Liike. Please do not reply to it.',
    sentBy: 'This message was sent by Liike.',
    contact: (address) => `Questions? Reply to this email or write to ${address}.`,
    fallback: 'If the button does not work, copy this address into your browser:',
  },
  et: {
    closing: 'Lugupidamisega',
    automated: 'See on Liike automaatne teade. Palun ärge sellele vastake.',
    sentBy: 'Selle kirja saatis Liike.',
    contact: (address) => `Küsimuste korral vastake sellele kirjale või kirjutage aadressile ${address}.`,
    fallback: 'Kui nupp ei tööta, kopeerige see aadress oma brauserisse:',
  },
  lt: {
    closing: 'Pagarbiai',
    automated: 'Tai automatinis Liike pranešimas. Prašome į jį neatsakyti.',
    sentBy: 'Šį laišką išsiuntė Liike.',
    contact: (address) => `Turite klausimų? Atsakykite į šį laišką arba rašykite adresu ${address}.`,
    fallback: 'Jei mygtukas neveikia, nukopijuokite šį adresą į naršyklę:',
  },
  ru: {
    closing: 'С уважением,',
    automated: 'Это автоматическое сообщение от Liike. Пожалуйста, не отвечайте на него.',
    sentBy: 'Это письмо отправлено сервисом Liike.',
    contact: (address) => `Есть вопросы? Ответьте на это письмо или напишите по адресу ${address}.`,
    fallback: 'Если кнопка не работает, скопируйте этот адрес в адресную строку браузера:',
  },
};

/**
 * The footer of every email: who sent it, where questions go (the programme's contact address,
 * which is also the Reply-To, see mailer.ts; without one, "do not reply"), and the privacy
 * notice in the reader's language, on the site that the links in the email lead to.
 */
function footer(language: Language) {
  const chrome = CHROME[language];
  const contact = config.contactAddress;
  return {
    note: contact ? `${chrome.sentBy} ${chrome.contact(contact)}` : chrome.automated,
    contact,
    privacyLabel: PRIVACY_NOTICE[language],
    privacyUrl: `${config.publicBaseUrl}${privacyPath(language)}`,
  };
}

function renderText(language: Language, c: EmailContent): string {
  const chrome = CHROME[language];
  const blocks: string[] = [c.greeting, ...c.intro];
  const pairs = (rows: [string, string][]) => rows.map(([label, value]) => `${label}: ${value}`).join('\n');
  if (c.facts?.length) blocks.push(pairs(c.facts));
  for (const section of c.sections ?? []) {
    blocks.push([section.heading.toUpperCase(), ...(section.facts?.length ? [pairs(section.facts)] : [])].join('\n'));
    blocks.push(...(section.paragraphs ?? []));
  }
  if (c.action) {
    blocks.push(`${c.action.label}:\n${c.action.url}`);
    if (c.action.note) blocks.push(c.action.note);
  }
  blocks.push(...(c.outro ?? []));
  if (c.secondaryAction) {
    const { label, url, note } = c.secondaryAction;
    blocks.push([note, `${label}:`, url].filter(Boolean).join('\n'));
  }
  const end = footer(language);
  blocks.push(`${chrome.closing}\n${BRAND}`, `--\n${end.note}\n${end.privacyLabel}: ${end.privacyUrl}`);
  return `${blocks.join('\n\n')}\n`;
}

// Inline styles only: many mail clients drop <style>. Colours pass WCAG AA on white.
const FONT = "font-family:-apple-system,BlinkMacSystemFont,Segoe UI,Roboto,Helvetica,Arial,sans-serif";
const P = 'margin:0 0 16px 0;';
const MUTED = 'color:#4a5560;font-size:14px;line-height:1.5;';
const LINK_COLOUR = '#0b5cad';

const paragraph = (text: string, style = '') => html`<p style="${P}${style}">${text}</p>`;

const heading = (text: string) =>
  html`<h2 style="margin:24px 0 8px 0;${FONT};font-size:18px;line-height:1.3;font-weight:bold;color:#1f2933;">${text}</h2>`;

const section = (s: EmailSection) => html`${heading(s.heading)}
${s.facts?.length ? facts(s.facts) : ''}
${(s.paragraphs ?? []).map((p) => paragraph(p, 'white-space:pre-line;'))}`;

/** At least 200 px wide with its padding: it fits the 248 px a 320 px phone leaves for the content. */
function button(label: string, url: string): SafeHtml {
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 16px 0;border-collapse:separate;">
<tr><td align="center" bgcolor="${LINK_COLOUR}" style="border-radius:6px;background:${LINK_COLOUR};">
<a href="${url}" target="_blank" rel="noopener" style="display:inline-block;padding:14px 20px;min-width:160px;${FONT};font-size:17px;font-weight:bold;line-height:1.3;color:#ffffff;text-decoration:none;border-radius:6px;">${label}</a>
</td></tr></table>`;
}

function facts(rows: [string, string][]): SafeHtml {
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" width="100%" style="margin:0 0 16px 0;border-collapse:collapse;background:#f3f5f7;border-radius:6px;">
${rows.map(
  ([label, value]) =>
    html`<tr><td style="padding:8px 12px;${FONT};font-size:14px;line-height:1.4;color:#4a5560;">${label}<br><strong style="font-size:16px;color:#1f2933;word-break:break-word;">${value}</strong></td></tr>`,
)}
</table>`;
}

/** The contact sentence with the address as a mailto link. */
const contactSentence = (chrome: Chrome, address: string): SafeHtml => {
  const [before = '', after = ''] = chrome.contact('\u0000').split('\u0000');
  return html`${before}<a href="mailto:${address}" style="color:${LINK_COLOUR};">${address}</a>${after}`;
};

function renderHtml(language: Language, c: EmailContent): string {
  const chrome = CHROME[language];
  const end = footer(language);
  const body = html`
${paragraph(c.greeting)}
${c.intro.map((p) => paragraph(p))}
${c.facts?.length ? facts(c.facts) : ''}
${(c.sections ?? []).map(section)}
${c.action
  ? html`${button(c.action.label, c.action.url)}
${c.action.note ? paragraph(c.action.note) : ''}
<p style="${P}${MUTED}">${chrome.fallback}<br><a href="${c.action.url}" target="_blank" rel="noopener" style="color:${LINK_COLOUR};word-break:break-all;">${c.action.url}</a></p>`
  : ''}
${(c.outro ?? []).map((p) => paragraph(p))}
${c.secondaryAction
  ? html`<p style="${P}${MUTED}">${c.secondaryAction.note ? html`${c.secondaryAction.note}<br>` : ''}<a href="${c.secondaryAction.url}" target="_blank" rel="noopener" style="color:${LINK_COLOUR};font-weight:bold;">${c.secondaryAction.label}</a></p>`
  : ''}
${paragraph(chrome.closing, 'margin-bottom:0;')}
${paragraph(BRAND, 'font-weight:bold;')}
<hr style="border:0;border-top:1px solid #d9dee3;margin:24px 0 16px 0;">
<p style="margin:0 0 8px 0;${MUTED}">${end.contact ? html`${chrome.sentBy} ${contactSentence(chrome, end.contact)}` : end.note}</p>
<p style="margin:0;${MUTED}"><a href="${end.privacyUrl}" target="_blank" rel="noopener" style="color:${LINK_COLOUR};">${end.privacyLabel}</a></p>`;

  // The first paragraph doubles as the preview line that mail apps show under the subject.
  const preview = c.intro[0] ?? '';
  return html`<!doctype html>
<html lang="${language}" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<meta name="supported-color-schemes" content="light">
<title>${c.subject}</title>
</head>
<body style="margin:0;padding:0;background:#eef1f4;">
<div style="display:none;max-height:0;overflow:hidden;opacity:0;mso-hide:all;">${preview}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background:#eef1f4;">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px;">
<tr><td style="padding:20px 24px 0 24px;${FONT};">
<p style="margin:0;font-size:22px;font-weight:bold;letter-spacing:0.02em;color:${LINK_COLOUR};">${BRAND}</p>
<p style="margin:0;font-size:13px;color:#4a5560;">${TAGLINE[language]}</p>
</td></tr>
<tr><td style="padding:20px 24px 24px 24px;${FONT};font-size:16px;line-height:1.55;color:#1f2933;text-align:left;">${body}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`.value;
}

const renderContent = (language: Language, content: EmailContent): RenderedEmail => ({
  subject: content.subject,
  text: renderText(language, content),
  html: renderHtml(language, content),
});

/** What one kind of email says, per language: a language left out is a compile error. */
export type EmailTexts<V> = Translations<(vars: V) => EmailContent>;

/** One kind of email, from its variables to the message in a given language. */
export interface Email<V> {
  /** What it says, before rendering (for previews and tests). */
  content(language: Language, vars: V): EmailContent;
  /** Subject, plain-text part and HTML part, saying the same thing. */
  render(language: Language, vars: V): RenderedEmail;
}

/**
 * The one way an email is built: a feature keeps its own texts and defines its emails with
 * them; this renderer adds the layout, the greeting's place, the button and the footer. Marked
 * pure, so a bundle that imports a feature's emails but sends none keeps none of their texts.
 */
/* @__NO_SIDE_EFFECTS__ */ export function defineEmail<V>(texts: EmailTexts<V>): Email<V> {
  return {
    content: (language, vars) => texts[language](vars),
    render: (language, vars) => renderContent(language, texts[language](vars)),
  };
}
