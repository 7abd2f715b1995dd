import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

describe('/ask on a call told in other words', () => {
  it('finds "seeking an urgent call" for a user\'s "who is … trying to get on the phone"', async () => {
    const first = await askFirst(
      [
        'Peru says its exporters of grapes and blueberries face the highest rate in the region.',
        'The trade minister says he is seeking an urgent call with the US Trade Representative this week.',
      ],
      'Who is Lima trying to get on the phone?',
    );
    expect(first).toContain('seeking an urgent call');
  });
});
