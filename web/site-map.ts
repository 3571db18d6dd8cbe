import { LANGUAGES } from '#shared/platform/i18n';
import { privacyPath, PRIVACY_INDEX_PATH } from '#shared/platform/site-paths';

/*
 * The pages of the static site, as CloudFront's viewer-request function must know them
 * (infra/constructs/static-site.ts): S3 behind origin access control has no 404 of its own, so
 * any other path is answered with the site's 404 page. Kept free of the build's dependencies:
 * the CDK app imports it.
 */

/** Every page of the site, as the directory its `index.html` is in. web/build.ts writes exactly these. */
export const SITE_PAGES: readonly string[] = ['/', '/apply/', '/role/', '/roles/', PRIVACY_INDEX_PATH, ...LANGUAGES.map(privacyPath)];

/** The page answered for any path of the site that is no page (with status 404). */
export const NOT_FOUND_FILE = '404.html';

/**
 * S3 user metadata of the 404 page, uploaded with it (infra/site-stack.ts): S3 returns it as the
 * header `x-amz-meta-liike-status`, by which CloudFront's viewer-response function gives the
 * page its 404 status (an object in S3 is always a 200).
 */
export const NOT_FOUND_METADATA = { 'liike-status': '404' } as const;
export const NOT_FOUND_HEADER = 'x-amz-meta-liike-status';
