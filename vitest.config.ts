import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The browser tests need Chromium: `npm run test:browser` runs them (vitest.browser.config.ts).
    exclude: ['test/browser/**', ...configDefaults.exclude],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
  },
});
