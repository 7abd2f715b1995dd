import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/** A sentence with no rate of its own that tells when the rate stated before it starts ("This tariff is scheduled to take effect …"). */
describe('/tariff when the start is told after the rate', () => {
  it('reads the rate as to come when "this tariff" starts later, with an aside between', async () => {
    const { text } = await tariffPeru([
      'Peruvian goods face a 25% tariff, the president wrote in a letter to Lima.',
      'Officials in Lima declined to comment.',
      'This tariff is scheduled to take effect on October 1.',
    ]);
    expect(text).toMatch(/\*\*25%\*\* · scheduled/);
    expect(text).not.toMatch(/\*\*25%\*\* on Peruvian goods · in force/);
  });

  it('does so for "both measures", two paragraphs after them', async () => {
    const { text } = await tariffPeru([
      'Peruvian goods face a 25% tariff and Peruvian copper a 40% tariff, the president wrote.',
      '“We have been very patient,” he said.',
      'Both measures are scheduled to begin on October 1.',
    ]);
    expect(text).toMatch(/\*\*25%\*\* · scheduled/);
  });
});
