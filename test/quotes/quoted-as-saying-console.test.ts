import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * "A report quoted X as saying, “…”": the one between "quoted" and "as saying" spoke the words that
 * follow, however the report names them (a body's spokesperson, an unnamed official), not the report.
 * Sentences written for this test.
 */
describe('/quote: quoted as saying, before the quotation', () => {
  const paragraphs = [
    'Harlow raised its duties on Lindovian steel on Sunday.',
    'A report in the local press quoted the Lindovian Trade Ministry spokesperson as saying, “Any partner that imposes arbitrary tariffs will face a strong response.”',
    'The Harlow Times quoted a senior administration official as saying, “No deal is close this month.”',
  ];

  it('lists the words under the body whose spokesperson was quoted', async () => {
    expect((await quoteStory('lindovian trade ministry', paragraphs)).quotes).toEqual([
      'Any partner that imposes arbitrary tariffs will face a strong response.',
    ]);
  });

  it('lists the words under the official described', async () => {
    expect((await quoteStory('senior administration official', paragraphs)).quotes).toEqual([
      'No deal is close this month.',
    ]);
  });
});
