/**
 * Whether a process id is running on this machine. Signal 0 checks without signalling, on
 * POSIX and on Windows alike; EPERM means it runs under another user. A lock or temp file
 * written on another machine (a shared network folder) cannot be checked this way: its age
 * decides instead (see lock.ts, temp-file.ts).
 */
export function isProcessAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** When this process started (ms since the epoch): with the pid, it tells a reused pid apart. */
export function processStartedAt(): number {
  return Math.round(Date.now() - process.uptime() * 1000);
}
