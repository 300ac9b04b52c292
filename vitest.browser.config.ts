import { defineConfig } from 'vitest/config';

// The browser tests (`npm run test:browser`): the HTML pages rendered in a real headless
// Chromium. Kept out of `npm test`, which needs nothing but Node.js.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.browser.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
