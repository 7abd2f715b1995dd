import { describe, expect, it } from 'vitest';
import { articleRates } from './article-rates.ts';

const pairs = (paragraphs: string[]) => articleRates(paragraphs, '2026-03-05').map((r) => r.replace(/ \w+$/u, ''));

/**
 * Trade-remedy news names the goods' countries in one sentence and the duty in the next: a foreign
 * country's rate that names no partner is on the countries the sentence before had it acting on,
 * not on the home country. Sentences written for this test.
 */
describe('a foreign rate naming no partner, after a sentence naming the goods’ countries', () => {
  it('is on those countries', () => {
    expect(
      pairs([
        'On March 3, the Canada Border Services Agency (CBSA) made a preliminary determination of dumping of certain steel nails originating in or exported from China and Vietnam.',
        'The CBSA has set a provisional duty of 48.1% on the subject goods for non-cooperating exporters.',
      ]),
    ).toEqual(['Canada → China 48.1%', 'Canada → Vietnam 48.1%']);
    expect(
      pairs([
        'India’s probe covered flat steel products shipped from China, Vietnam and Nepal.',
        'India will levy a 12% safeguard duty for three years.',
      ]),
    ).toEqual(['India → China 12%', 'India → Vietnam 12%', 'India → Nepal 12%']);
  });

  it('stays on the home country where the sentence before has the home country taxing them', () => {
    expect(
      pairs([
        'Washington imposed 25% tariffs on goods from Mexico and Canada last week.',
        'Canada said it would impose 25% tariffs of its own on Monday.',
      ]),
    ).toContain('Canada → United States 25%');
  });
});
