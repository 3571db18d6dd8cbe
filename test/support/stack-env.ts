import { inject } from 'vitest';

// Test files read the table and the mail store of the stack the global setup started.
Object.assign(process.env, inject('stack').env);
