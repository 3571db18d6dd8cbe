import { API_ENV, ENV } from '#shared/platform/config';

// `npm test` runs every project in one vitest process, and the stack project's global setup puts
// the local stack's settings into that process's environment, which these workers inherit. Unit
// tests assume a function as configured by the unit project alone (vitest.config.ts sets the
// few they need): no origin secret, the default client limit, no contact address; a test that
// wants one sets it itself.
const OWN = new Set(['TABLE_NAME', 'EVENT_BUS_NAME', 'PUBLIC_BASE_URL']);
for (const name of [...Object.values(ENV), ...Object.values(API_ENV)]) if (!OWN.has(name)) delete process.env[name];
