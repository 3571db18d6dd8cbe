import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { SiteFiles, SiteOptions } from '../web/build.ts';
import { NOT_FOUND_FILE, NOT_FOUND_METADATA } from '../web/site-map.ts';

/**
 * The static site on the local API server, as CloudFront serves it: the built pages (in memory),
 * CloudFront's own functions run as they are (the same source strings CDK deploys: the
 * directory index, which sends any path that is no page to the 404 page, and the viewer-response
 * function that gives that page its 404 status from the metadata S3 would return with it), and
 * the security headers of the site's response headers policy.
 */

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

interface CloudFrontRequest {
  uri: string;
  querystring: Record<string, { value: string; multiValue?: { value: string }[] }>;
}
interface CloudFrontResponse {
  statusCode: number;
  statusDescription?: string;
  headers: Record<string, { value: string }>;
}
type CloudFrontResult = CloudFrontRequest | CloudFrontResponse;
type ViewerResponse = (event: { response: CloudFrontResponse }) => CloudFrontResponse;
export type SiteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

/**
 * Loads the site (built now, in memory) and the CloudFront pieces it mirrors. Imported lazily:
 * the CloudFront module brings aws-cdk-lib (under a second), and it runs while DynamoDB Local starts.
 */
export async function loadSite(options: SiteOptions = {}): Promise<SiteHandler> {
  const [{ buildSite }, { DIRECTORY_INDEX_FUNCTION, NOT_FOUND_STATUS_FUNCTION, SITE_CSP }] = await Promise.all([
    import('../web/build.ts'),
    import('../infra/constructs/static-site.ts'),
  ]);
  // The functions are plain ES5 defining `handler(event)`: evaluated, not copied.
  const directoryIndex = new Function(`${DIRECTORY_INDEX_FUNCTION}\nreturn handler;`)() as (event: {
    request: CloudFrontRequest;
  }) => CloudFrontResult;
  const notFoundStatus = new Function(`${NOT_FOUND_STATUS_FUNCTION}\nreturn handler;`)() as ViewerResponse;
  return siteHandler(await buildSite(options), directoryIndex, SITE_CSP, notFoundStatus);
}

/** The user metadata each object gets at upload (infra/site-stack.ts), as S3 returns it: `x-amz-meta-*` headers. */
const OBJECT_METADATA: Record<string, Record<string, string>> = { [NOT_FOUND_FILE]: NOT_FOUND_METADATA };

export function siteHandler(
  files: SiteFiles,
  directoryIndex: (event: { request: CloudFrontRequest }) => CloudFrontResult,
  csp: string,
  viewerResponse: ViewerResponse = ({ response }) => response,
): SiteHandler {
  const headers = {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'DENY',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=()',
    // As the site stack uploads them: revalidate every time (no stale page after a rebuild).
    'cache-control': 'public, max-age=0',
  };
  return (req, res, url) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      // CloudFront allows only GET and HEAD on the site's behavior.
      res.writeHead(405, { ...headers, allow: 'GET, HEAD', 'content-type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed');
      return;
    }
    const querystring: CloudFrontRequest['querystring'] = {};
    for (const name of new Set(url.searchParams.keys())) {
      const values = url.searchParams.getAll(name).map((value) => ({ value }));
      querystring[name] = values.length > 1 ? { value: values[0]!.value, multiValue: values } : values[0]!;
    }
    const result = directoryIndex({ request: { uri: url.pathname, querystring } });
    if ('statusCode' in result) {
      res.writeHead(result.statusCode, { ...headers, ...Object.fromEntries(Object.entries(result.headers).map(([k, v]) => [k, v.value])) });
      res.end();
      return;
    }
    let file: string;
    try {
      file = decodeURIComponent(result.uri).replace(/^\/+/, '');
    } catch {
      file = '';
    }
    // S3 behind origin access control has no object for a missing key (only a missing asset
    // gets here); CloudFront answers 403 there, and no viewer-response function runs on it.
    const content = files.get(file);
    if (!content) {
      res.writeHead(403, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : 'Forbidden');
      return;
    }
    const metadata = Object.entries(OBJECT_METADATA[file] ?? {}).map(([name, value]) => [`x-amz-meta-${name}`, { value }] as const);
    const response = viewerResponse({ response: { statusCode: 200, headers: Object.fromEntries(metadata) } });
    res.writeHead(response.statusCode, {
      ...headers,
      ...Object.fromEntries(Object.entries(response.headers).map(([name, { value }]) => [name, value])),
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': String(content.byteLength),
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  };
}
