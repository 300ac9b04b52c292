import { readdirSync } from 'node:fs';
import { mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OrgLookupCache } from '../../src/io/workspace/find-org-file.js';
import { heraldError } from '../helpers/herald-error.js';
import { tempFolder } from '../helpers/run-cli.js';

describe('OrgLookupCache with the listings read while searching for plans', () => {
  it('answers from a folder’s listing without looking at the folder again', async () => {
    const folder = await tempFolder();
    await mkdir(join(folder, '.git'));
    await writeFile(join(folder, 'herald.org.yaml'), 'version: 1\n');
    const cache = new OrgLookupCache();
    cache.learnListing(folder, readdirSync(folder, { withFileTypes: true }));
    // Gone from the disk since the listing: the answers are the listing's.
    await rm(join(folder, '.git'), { recursive: true });
    await rm(join(folder, 'herald.org.yaml'));
    expect(cache.gitRoot(folder)).toBe(folder);
    expect(cache.orgIn(folder)).toBe(join(folder, 'herald.org.yaml'));
  });

  it('refuses an organisation file that the listing shows as a link, as lstat would', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'real.yaml'), 'version: 1\n');
    await symlink(join(folder, 'real.yaml'), join(folder, 'herald.org.yaml'));
    const cache = new OrgLookupCache();
    cache.learnListing(folder, readdirSync(folder, { withFileTypes: true }));
    expect(() => cache.orgIn(folder)).toThrow(expect.objectContaining(heraldError('symbolic-link')));
  });

  it('looks at a folder it was not told about (above the folders searched)', async () => {
    const folder = await tempFolder();
    await writeFile(join(folder, 'herald.org.yaml'), 'version: 1\n');
    const cache = new OrgLookupCache();
    cache.learnListing(join(folder, 'teams'), []);
    expect(cache.orgIn(join(folder, 'teams'))).toBeUndefined();
    expect(cache.orgIn(folder)).toBe(join(folder, 'herald.org.yaml'));
  });
});
