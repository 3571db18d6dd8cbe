import { DEFAULT_LANGUAGE, isLanguage, type Language } from '#shared/platform/i18n';

/**
 * The page's language: `?lang=xx` wins (a shared link, the switcher after a reload), then the
 * choice remembered from an earlier visit, then the browser's languages in their order (only the
 * primary subtag counts: `et-EE` is `et`), then English.
 */
export function chooseLanguage(sources: {
  query?: string | null;
  stored?: string | null;
  browser?: readonly string[];
}): Language {
  const query = sources.query?.toLowerCase();
  if (isLanguage(query)) return query;
  if (isLanguage(sources.stored)) return sources.stored;
  for (const tag of sources.browser ?? []) {
    const primary = tag.split('-')[0]!.toLowerCase();
    if (isLanguage(primary)) return primary;
  }
  return DEFAULT_LANGUAGE;
}

export const STORAGE_KEY = 'liike.language';
