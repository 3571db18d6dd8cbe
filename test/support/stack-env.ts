import { inject } from 'vitest';
import { API_ENV } from '#shared/platform/config';

// Test files read the table and the mail store of the stack the global setup started.
Object.assign(process.env, inject('stack').env);
// The origin secret belongs to the stack's API server (CloudFront's stand-in) and its handlers;
// a worker forked from that process inherits it. A test calling a handler directly is like an
// invocation from inside AWS, which is not checked; one that wants the check sets its own.
delete process.env[API_ENV.originVerify];
