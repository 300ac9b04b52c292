import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests that need Chromium or tmux: `npm run test:external` (vitest.external.config.ts).
    exclude: ['test/external/**', ...configDefaults.exclude],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
  },
});
