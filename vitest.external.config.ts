import { defineConfig } from 'vitest/config';

// Tests that need programs from outside npm (`npm run test:external`): the HTML pages in a
// real headless Chromium, `herald init` and `herald win` in a real terminal under tmux, and the
// write path's root-only cases (a tmpfs, mknod, setpriv). Kept out of
// `npm test`, which needs nothing but Node.js; .ci/run installs both and runs these.
export default defineConfig({
  test: {
    include: ['test/external/**/*.external.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
