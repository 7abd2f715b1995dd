/**
 * A level that the next sentence tells was changed afterwards: "In April, Washington set a 145
 * percent tariff on Peruvian goods. They later agreed to open talks, with the United States
 * lowering tariffs on Peruvian goods to 30 percent". The first level was replaced by the one now in
 * force; one that is only to change later still holds. Sentences written for this test; the class
 * comes from real news of the rates-status lane's set (stop 49).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

const LATER = [
  'In April, Washington set a 145 percent tariff on Peruvian goods. They later agreed to open talks, with the United States lowering tariffs on Peruvian goods to 30 percent while those talks were ongoing.',
];

describe('a level changed in the next sentence', () => {
  it('reads the first level as replaced by the one now in force', () => {
    expect(articleRates(LATER, '2026-09-01')).toEqual([
      'United States → Peru 145% previous',
      'United States → Peru 30% current',
    ]);
  });

  it('keeps a level that is only to change later', () => {
    expect(
      articleRates(
        ['Washington imposes a 25% tariff on Peruvian goods. It will later raise the tariff to 35%.'],
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 25% current', 'United States → Peru 35% scheduled']);
  });
});

describe('/tariff on a level changed afterwards', () => {
  it('shows the new level in force and the first one replaced', async () => {
    const { text, line } = await tariffPeru(LATER);
    expect(line).toMatch(/^\*\*30%\*\* on Peruvian goods · in force/);
    expect(text).toMatch(/\*\*145%\*\* · replaced/);
  });
});
