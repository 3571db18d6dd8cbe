/*
 * Estonian dates after a word that governs a case. `formatDate(…, 'et')` gives the nominative,
 * "13. detsember 2026", right in a label ("Tähtaeg: 13. detsember 2026") but wrong after
 * "hiljemalt", "kuni" or a verb: "hiljemalt 13. detsembriks" (translative, "by"), "kuni 13.
 * detsembrini" (terminative, "until"), "kustutati 13. detsembril" (adessive, "on"). The month
 * name of a formatted date is put in that case; the rest (day, year, time, zone) stays, so this
 * works on whatever the date formatter gives, with or without a time.
 */

export type EstonianDateCase = 'translative' | 'terminative' | 'adessive';

/** Each month's genitive stem, which the three cases add their ending to. */
const MONTH_STEMS: Record<string, string> = {
  jaanuar: 'jaanuari',
  veebruar: 'veebruari',
  märts: 'märtsi',
  aprill: 'aprilli',
  mai: 'mai',
  juuni: 'juuni',
  juuli: 'juuli',
  august: 'augusti',
  september: 'septembri',
  oktoober: 'oktoobri',
  november: 'novembri',
  detsember: 'detsembri',
};

const ENDINGS: Record<EstonianDateCase, string> = { translative: 'ks', terminative: 'ni', adessive: 'l' };

const DAY_AND_MONTH = new RegExp(`(\\d{1,2}\\.\\s)(${Object.keys(MONTH_STEMS).join('|')})(?![\\p{L}])`, 'u');

/** "13. detsember 2026" → "13. detsembriks 2026" (translative), "13. detsembrini 2026", "13. detsembril 2026". A text without an Estonian date is returned as it is. */
export function estonianDate(formatted: string, grammaticalCase: EstonianDateCase): string {
  return formatted.replace(DAY_AND_MONTH, (_, day: string, month: string) => `${day}${MONTH_STEMS[month]}${ENDINGS[grammaticalCase]}`);
}
