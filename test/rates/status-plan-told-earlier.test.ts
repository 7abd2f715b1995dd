/**
 * A plan told in the past perfect with the day of the telling or a verb of rising: "had indicated
 * on the 7th that he would raise the tariff on Peru to 25%, but has now lowered it". The plan was
 * overtaken: the level was only threatened. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const INDICATED = [
  'The president had indicated on the 7th that he would raise the tariff on Peruvian goods to 45%, but has now lowered it sharply.',
];

describe('a plan told in the past perfect', () => {
  it('is a threat, whatever day the telling names', () => {
    expect(articleRates(INDICATED, '2026-09-01')).toEqual(['United States → Peru 45% threatened']);
    expect(
      articleRates(['Washington had said in April that tariffs on Peruvian goods would rise to 45%.'], '2026-09-01'),
    ).toEqual(['United States → Peru 45% threatened']);
  });

  it('shows no 45% in force in /tariff peru', async () => {
    const { text } = await tariffPeru(INDICATED);
    expect(text).not.toMatch(/\*\*45%\*\*[^"]*in force/u);
    expect(text).toMatch(/45%/u);
  });
});
