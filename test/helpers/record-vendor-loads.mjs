// Preloaded with `node --import` by test/e2e/start-up-guard.e2e.test.ts: records every vendor
// bundle (dist/vendor/*.cjs) the process loads, and writes their names, as JSON, to the file
// named by HERALD_VENDOR_LOG at exit. It watches both ways in: the launcher reads a vendor
// bundle's source to compile it with its code cache (src/bundle-script.ts, opening it through
// src/io/file-reader.ts, or readFileSync), and a plain require() would go through Module._load.
import fs from 'node:fs';
import Module from 'node:module';
import path from 'node:path';

const loaded = new Set();
const note = (file) => {
  const name = String(file);
  if (/[\\/]dist[\\/]vendor[\\/][^\\/]+\.cjs$/.test(name)) loaded.add(path.basename(name));
};

const readFileSync = fs.readFileSync;
fs.readFileSync = function (file, ...rest) {
  note(file);
  return readFileSync.call(this, file, ...rest);
};

const openSync = fs.openSync;
fs.openSync = function (file, ...rest) {
  note(file);
  return openSync.call(this, file, ...rest);
};

const load = Module._load;
Module._load = function (request, parent, isMain) {
  try {
    note(Module._resolveFilename(request, parent, isMain));
  } catch {
    // Not found: load() says so.
  }
  return load.call(this, request, parent, isMain);
};

process.on('exit', () => fs.writeFileSync(process.env.HERALD_VENDOR_LOG, JSON.stringify([...loaded].sort())));
