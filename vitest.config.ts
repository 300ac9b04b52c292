import { readdirSync, readFileSync } from 'node:fs';
import { configDefaults, defineConfig } from 'vitest/config';

// Test files that mock modules (vi.mock) get a fresh module graph each; every other file shares
// one, so Herald's modules are loaded once per worker rather than once per file. No test file
// may leave a global changed (process.env, Intl, the working folder): a shared file restores
// what it touches. Forks, not threads: a worker thread does not see process.env.TZ changes,
// which the process time zone reads (src/io/process-time-zone.ts).
const testFolder = new URL('./test/', import.meta.url);
const ownModules = readdirSync(testFolder, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith('.test.ts') && !file.startsWith('external/'))
  .filter((file) => /\bvi\.(do)?mock\(/i.test(readFileSync(new URL(file, testFolder), 'utf8')))
  .map((file) => `test/${file}`);

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    testTimeout: 20_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          name: 'shared',
          include: ['test/**/*.test.ts'],
          // Tests that need Chromium or tmux: `npm run test:external` (vitest.external.config.ts).
          exclude: ['test/external/**', ...ownModules, ...configDefaults.exclude],
          isolate: false,
        },
      },
      { extends: true, test: { name: 'own-modules', include: ownModules } },
    ],
  },
});
