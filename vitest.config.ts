import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One local stack (DynamoDB Local, local SES, bus, API) for the whole run; see test/support.
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/stack-env.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: the Java process and the stack share them with the test workers.
    maxWorkers: 2,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  },
});
