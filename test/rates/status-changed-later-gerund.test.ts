/**
 * A level a later act changed, told by a gerund after "before": "raised tariffs to 34% before
 * lifting them to 84% a day later". The first level was replaced; with a modal the two are both
 * plans. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const LIFTED = ['Washington raised tariffs on Peruvian goods to 34% in August before lifting them to 84% a day later.'];

describe('a level changed by a later act', () => {
  it('reads the first level as replaced and the new one as in force', () => {
    expect(articleRates(LIFTED, '2026-09-01')).toEqual([
      'United States → Peru 34% previous',
      'United States → Peru 84% current',
    ]);
  });

  it('leaves both levels of a plan to come', () => {
    expect(
      articleRates(
        ['Washington will raise tariffs on Peruvian goods to 25% before doubling them to 50% in November.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% scheduled', 'United States → Peru 50% scheduled']);
  });

  it('shows 84% in force and 34% replaced in /tariff peru', async () => {
    const { text, line } = await tariffPeru(LIFTED);
    expect(line).toMatch(/^\*\*84%\*\* on Peruvian goods · in force/u);
    expect(text).toMatch(/\*\*34%\*\* · replaced/u);
  });

  it('reads the first level as replaced when a time and a comma close its clause', async () => {
    const { text, line } = await tariffPeru([
      'Washington lifted duties on Peruvian imports to 45% in April, before lowering them to 15% in May.',
    ]);
    expect(line).toMatch(/^\*\*15%\*\* on Peruvian goods · in force/u);
    expect(text).toMatch(/\*\*45%\*\* · replaced/u);
  });
});
