import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** Pulling the plug on something stops it: a reader asks when it stops. */
describe('/ask when something stops, answered by "pull the plug"', () => {
  it('finds the paragraph that pulls the plug', async () => {
    const paragraphs = [
      'The province’s television campaign against the tariffs reached millions of viewers, its premier said.',
      'He will pull the plug on the campaign on Monday so that talks with Washington can resume.',
    ];
    expect(await askFirst(paragraphs, 'when will the province stop the campaign?')).toBe(paragraphs[1]);
  });
});
