import { bundleCli } from '../src/build/bundle.js';

// The end-to-end tests run the real binary, so the suite bundles it first (about a second).
export default async function setup(): Promise<void> {
  await bundleCli();
}
