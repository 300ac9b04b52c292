#!/usr/bin/env node
// Only loads the built entry (dist/ is made by `npm run build`). CommonJS (see package.json
// here): an ES module entry would start Node's ES module loader, a few milliseconds more.
'use strict';

try {
  require('../dist/launcher.cjs');
} catch (error) {
  if (error?.code !== 'MODULE_NOT_FOUND' || !String(error.message).includes('launcher.cjs')) throw error;
  process.stderr.write('error: Herald is not built yet\nhint: run `npm run build` in the Herald folder first.\n');
  process.exitCode = 2;
}
