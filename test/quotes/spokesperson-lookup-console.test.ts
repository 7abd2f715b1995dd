import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

/**
 * `/quote` asked for a spokesperson by whom they speak for ("harlow ministry spokesman"), in
 * sentences of our own: an unnamed spokesperson's words stand under the body, and are found there;
 * a spokesperson the article names keeps hers.
 */
const STORY = [
  '“The levies will be lifted on Monday,” a Harlow Ministry spokesperson told reporters.',
  'Marlow Ministry spokeswoman Ana Ruiz said the talks had stalled. “We see no deal this month,” Ruiz said.',
];

describe('/quote on a spokesperson by the body they speak for', () => {
  it('finds an unnamed spokesperson’s words under the body', async () => {
    for (const asked of [
      'harlow ministry spokesman',
      'Harlow Ministry spokesperson',
      "the Harlow Ministry's spokeswoman",
    ]) {
      const found = await quoteStory(asked, STORY);
      expect(found.quotes).toEqual(['The levies will be lifted on Monday']);
    }
  });

  it('finds a named spokeswoman by her title', async () => {
    const found = await quoteStory('marlow ministry spokeswoman', STORY);
    expect(found.line).toContain('Ana Ruiz');
    expect(found.quotes).toEqual(['We see no deal this month']);
  });
});
