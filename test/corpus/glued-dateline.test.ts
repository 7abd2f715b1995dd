import { describe, expect, it } from 'vitest';
import { separateGluedDateline } from '../../src/corpus/glued-dateline.ts';
import { prepareArticle } from '../../src/corpus/ingest.ts';
import { quoteStory } from '../helpers/quote.ts';

describe('a dateline run into the lede', () => {
  it.each([
    ['WashingtonPresident Donald Trump said on Monday', 'Washington — President Donald Trump said on Monday'],
    ['BEIJINGChina has raised its duties', 'BEIJING — China has raised its duties'],
  ])('is set apart: %s', (paragraph, separated) => {
    expect(separateGluedDateline(paragraph)).toBe(separated);
  });

  it.each(['TrumpRx opened on Monday', 'AsianFin reports', 'McDonald said', 'LeBlanc said', 'NATO members met'])(
    'leaves names written in one word alone: %s',
    (paragraph) => {
      expect(separateGluedDateline(paragraph)).toBe(paragraph);
    },
  );

  it('is no part of the speaker /quote shows', async () => {
    const raw = [
      'Tariff pause',
      'WashingtonPresident Nora Vale announced a pause in new duties on Wednesday.',
      '“We are giving talks a chance,” Vale told reporters.',
    ].join('\n\n');
    const result = prepareArticle('dateline.txt', raw, { outlet: 'Example Wire', date: '2026-09-01', title: 'Pause' });
    if (!result.ok) throw new Error(result.error);
    const { line, quotes } = await quoteStory('vale', result.article.paragraphs);
    expect(quotes).toEqual(['We are giving talks a chance']);
    expect(line).toContain('Nora Vale');
    expect(line).not.toContain('WashingtonPresident');
  });
});
