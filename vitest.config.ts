import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores: the Java process and the stack share them with the test workers.
    maxWorkers: 2,
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    projects: [
      {
        // Needs no local stack: `npm run test:unit` (vitest run --project unit) starts none.
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', 'test/local/**/*.test.ts'],
          setupFiles: ['test/support/unit-env.ts'],
          // Names the handlers read from their environment (shared/platform/config.ts); their AWS clients are mocked.
          // Every email's footer links to the privacy notice on the public site.
          env: { TABLE_NAME: 'liike-unit', EVENT_BUS_NAME: 'liike-unit', PUBLIC_BASE_URL: 'https://liike.test' },
        },
      },
      {
        // CDK assertions and cdk-nag: no local stack either, but a synthesis each (slower than unit tests).
        extends: true,
        test: { name: 'infra', include: ['test/infra/**/*.test.ts'] },
      },
      {
        // One local stack (DynamoDB Local, local SES, bus, API) for these files; see test/support.
        extends: true,
        test: {
          name: 'stack',
          include: ['test/integration/**/*.test.ts', 'test/fault/**/*.test.ts', 'test/fuzz/**/*.test.ts', 'test/browser/**/*.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          setupFiles: ['test/support/stack-env.ts'],
        },
      },
    ],
  },
});
