import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { askCorpus } from '../helpers/ask.ts';

/**
 * A question naming goods ("when do the chip tariffs start") asks about that sector: another
 * sector's story with the start date asked for does not answer it.
 */
describe('/ask about one sector, beside another sector’s story', () => {
  const corpus = newCorpus('ask-sector-');
  writeArticle(corpus, '2026-08-10-chips', 'White House plans new import duties', '2026-08-10', [
    'The president spoke at the White House with technology executives on Wednesday.',
    'Companies building factories in the United States would be spared, he said.',
    'Officials gave no timetable for when the semiconductor tariffs would be put in place.',
  ]);
  writeArticle(corpus, '2026-08-20-autos', 'Lower duties on Korean cars from Tuesday', '2026-08-20', [
    'Lower tariffs on Korean automobiles take effect on Tuesday, the Commerce Department said.',
    'The new order will start a 15% tariff cap on September 1 for many other goods.',
  ]);

  it('finds the paragraph on the chip tariffs, not the autos start date', async () => {
    const passages = await askCorpus(corpus, 'when do the semiconductor tariffs start');
    expect(passages[0]).toBe('Officials gave no timetable for when the semiconductor tariffs would be put in place.');
  });
});
