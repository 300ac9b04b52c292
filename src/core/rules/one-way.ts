import type { PlanningRule } from './types.js';

export const oneWay: PlanningRule = {
  id: 'one-way',
  check: ({ plan }) => {
    const channels = plan.channels ?? [];
    if (channels.length === 0 || channels.some((channel) => (channel.feedback ?? '').trim() !== '')) return [];
    return [
      {
        message: 'No channel has a way back: communication only goes one way',
        hint: 'Give at least one channel a `feedback:`, e.g. "Reply to the digest; questions answered in the next one."',
        path: ['channels'],
        at: 'key',
      },
    ];
  },
};
