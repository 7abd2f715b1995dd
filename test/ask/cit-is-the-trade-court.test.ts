import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** The CIT (or USCIT) is the Court of International Trade, as readers and trade lawyers write it. */
describe('/ask on the Court of International Trade, named by its initials', () => {
  const paragraphs = [
    'Customs officials said an order to refund the duties could take months to carry out.',
    'The Court of International Trade ordered customs on Wednesday to refund the duties with interest.',
  ];

  it('finds what the court ordered when the question gives its initials', async () => {
    for (const question of ['what did the cit order on refunds?', 'what refunds did the USCIT order?'])
      expect(await askFirst(paragraphs, question)).toBe(paragraphs[1]);
  });
});
