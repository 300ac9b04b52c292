#!/usr/bin/env node
// Only loads the built entry (dist/ is made by `npm run build`).
import('../dist/cli.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist')) {
    process.stderr.write('error: Herald is not built yet\nhint: run `npm run build` in the Herald folder first.\n');
    process.exitCode = 2;
    return;
  }
  throw error;
});
