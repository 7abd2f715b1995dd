import { describe, expect, it } from 'vitest';
import { newCorpus, writeArticle } from '../follows/articles.ts';
import { runConsoleJson } from '../helpers/console.ts';
import { TARIFF_NOW, tariffPeru } from '../helpers/tariff.ts';

/**
 * Two articles of one day on a cut: one reads as both levels holding ("agreed to lower tariffs from
 * 30% to 12%"), the other tells the old level replaced ("the deal slashed the 30% tariff") and the
 * new one applying. The level the day's news tells as replaced is not the one in force. Sentences
 * written for these tests.
 */
const articles: [string, string[]][] = [
  ['2026-06-10', ['The United States imposed a 30% tariff on Peruvian goods on Wednesday.']],
  [
    '2026-08-26',
    [
      'The United States has agreed to lower tariffs on Peruvian goods from 30% to 12%, offering relief to exporters.',
      'Exporters of copper and fruit welcomed the agreement.',
    ],
  ],
  [
    '2026-08-26',
    [
      'Lima said on Wednesday that its agreement to cut US tariffs on Peruvian goods to 12% applies retroactively to August 14.',
      'The deal reached this month slashed the 30% tariff on imports from Peru that the president imposed in June.',
    ],
  ],
];

describe('the rate in force when a source of that day tells the other level replaced', () => {
  it('/tariff gives the new level', async () => {
    const { line } = await tariffPeru(articles);
    expect(line).toMatch(/^\*\*12%\*\* on Peruvian goods · in force since/);
  });

  it('/ask answers with the new level', async () => {
    const corpus = newCorpus('console-same-day-');
    articles.forEach(([date, paragraphs], i) =>
      writeArticle(corpus, `${date}-story-${i}`, `Story ${i}`, date, paragraphs),
    );
    const { data } = await runConsoleJson('/ask what tariff does the US charge on Peruvian goods now?', {
      corpus,
      now: TARIFF_NOW,
    });
    expect(JSON.stringify(data)).toMatch(/charges 12% on Peruvian goods/);
  });
});
