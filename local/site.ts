import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import type { SiteFiles } from '../web/build.ts';

/**
 * The static site on the local API server, as CloudFront serves it: the built pages (in memory),
 * CloudFront's own directory-index function run as it is (the same source string CDK deploys),
 * and the security headers of the site's response headers policy.
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
type CloudFrontResult = CloudFrontRequest | { statusCode: number; headers: Record<string, { value: string }> };
export type SiteHandler = (req: IncomingMessage, res: ServerResponse, url: URL) => void;

/**
 * Loads the site (built now, in memory) and the CloudFront pieces it mirrors. Imported lazily:
 * the CloudFront module brings aws-cdk-lib (under a second), and it runs while DynamoDB Local starts.
 */
export async function loadSite(): Promise<SiteHandler> {
  const [{ buildSite }, { DIRECTORY_INDEX_FUNCTION, SITE_CSP }] = await Promise.all([
    import('../web/build.ts'),
    import('../infra/constructs/static-site.ts'),
  ]);
  // The viewer-request function is plain ES5 defining `handler(event)`: evaluated, not copied.
  const directoryIndex = new Function(`${DIRECTORY_INDEX_FUNCTION}\nreturn handler;`)() as (event: {
    request: CloudFrontRequest;
  }) => CloudFrontResult;
  return siteHandler(await buildSite(), directoryIndex, SITE_CSP);
}

export function siteHandler(files: SiteFiles, directoryIndex: (event: { request: CloudFrontRequest }) => CloudFrontResult, csp: string): SiteHandler {
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
    // S3 behind origin access control has no object for a missing key; CloudFront answers 403 there.
    const content = files.get(file);
    if (!content) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : 'Not Found');
      return;
    }
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream',
      'content-length': String(content.byteLength),
    });
    res.end(req.method === 'HEAD' ? undefined : content);
  };
}
