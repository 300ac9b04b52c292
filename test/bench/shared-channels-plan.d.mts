/** See shared-channels-plan.mjs. */
export function sharedChannelsPlan(n: number): string;
