import type * as fs from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';

// No zoneinfo link to read: the system zone comes from Intl, which here cannot name it.
vi.mock('node:fs', async (original) => ({
  ...(await original<typeof fs>()),
  readlinkSync: () => {
    throw Object.assign(new Error('not a link'), { code: 'EINVAL' });
  },
}));

describe('an unknown system time zone', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('is UTC, but never in silence: the caller is told', async () => {
    const { systemTimeZone } = await import('../../src/io/process-time-zone.js');
    const RealFormat = Intl.DateTimeFormat;
    vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(
      () => ({ resolvedOptions: () => ({ ...new RealFormat().resolvedOptions(), timeZone: 'Etc/Unknown' }) }) as Intl.DateTimeFormat,
    );
    const told = vi.fn();
    expect(systemTimeZone({}, told)).toBe('UTC');
    expect(told).toHaveBeenCalledOnce();
  });
});
