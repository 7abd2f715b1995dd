import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * A reader's plain words for the news's terms: "factories" for manufacturers, "backdated" for
 * retroactive. Asked through the console of articles we wrote.
 */
describe('/ask in plain words for makers and backdating', () => {
  it('finds the manufacturers for a question about factories', async () => {
    const paragraphs = [
      'Peruvian officials said talks on the levy would resume.',
      'Peruvian manufacturers said orders fell by a third.',
    ];
    expect(await askFirst(paragraphs, 'what did peruvian factories say?')).toBe(paragraphs[1]);
  });

  it('finds a retroactive measure for a question about backdating', async () => {
    const paragraphs = [
      'The removal of the levy on Peruvian coffee was announced in Lima on Friday.',
      'The order is retroactive to March 3, officials said.',
    ];
    expect(await askFirst(paragraphs, 'is it backdated?')).toBe(paragraphs[1]);
  });
});
