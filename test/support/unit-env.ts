import { API_ENV } from '#shared/platform/config';

// `npm test` runs every project in one vitest process, and the stack project's global setup puts
// the local stack's settings into that process's environment, which these workers inherit. Unit
// tests assume a handler as deployed without them: no origin secret, the default client limit;
// a test that wants either sets it itself.
for (const name of Object.values(API_ENV)) delete process.env[name];
