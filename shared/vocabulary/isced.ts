/**
 * ISCED-F 2013 fields of education and training: 2-digit broad, 3-digit narrow and 4-digit
 * detailed codes (interdisciplinary xx88 and not-further-defined codes are left out). The codes
 * alone, in code order ("00" … "10"), for the schemas: their names, in the five languages, are in
 * isced-f-2013.<language>.json and read only where a field is shown (labels.ts), so a function
 * that only validates codes does not carry them.
 */
export const DETAILED_FIELDS = [
  '0011', '0021', '0031',
  '0111', '0112', '0113', '0114',
  '0211', '0212', '0213', '0214', '0215', '0221', '0222', '0223', '0231', '0232',
  '0311', '0312', '0313', '0314', '0321', '0322',
  '0411', '0412', '0413', '0414', '0415', '0416', '0417', '0421',
  '0511', '0512', '0521', '0522', '0531', '0532', '0533', '0541', '0542',
  '0611', '0612', '0613',
  '0711', '0712', '0713', '0714', '0715', '0716', '0721', '0722', '0723', '0724', '0731', '0732',
  '0811', '0812', '0821', '0831', '0841',
  '0911', '0912', '0913', '0914', '0915', '0916', '0917', '0921', '0922', '0923',
  '1011', '1012', '1013', '1014', '1015', '1021', '1022', '1031', '1032', '1041',
] as const;

const prefixes = (length: number) => [...new Set(DETAILED_FIELDS.map((code) => code.slice(0, length)))];

/** Every broad and narrow field has detailed fields, so their codes are the detailed codes' prefixes. */
export const BROAD_FIELDS: readonly string[] = prefixes(2);
export const NARROW_FIELDS: readonly string[] = prefixes(3);

const detailed = new Set<string>(DETAILED_FIELDS);
const any = new Set<string>([...BROAD_FIELDS, ...NARROW_FIELDS, ...DETAILED_FIELDS]);

export const isDetailedField = (code: string) => detailed.has(code);
export const isAnyField = (code: string) => any.has(code);

/** The fields under a broad or narrow code, in code order: `fieldsUnder(NARROW_FIELDS, '07')` → 071, 072, 073. */
export const fieldsUnder = (codes: readonly string[], parent: string) => codes.filter((code) => code.startsWith(parent));
