/**
 * "Trump announced new tariffs Thursday, effective October 14. These include a 20% levy on …": a
 * sentence that lists what the one before announced gives rates that start when that one says. Not
 * when the sentence before tells a start already past. Articles written for these tests, of 1
 * September 2026.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

const OCT_14 = `<t:${Date.UTC(2026, 9, 14) / 1000}:D>`;

describe('/tariff: the rates a sentence lists under the start of the one before', () => {
  it('shows them as scheduled for that start', async () => {
    const { text } = await tariffPeru([
      'The White House announced new tariffs on Peruvian goods on Monday, effective October 14. These include a 20% levy on Peruvian copper and a 30% tariff on Peruvian textiles.',
    ]);
    expect(text).toContain(`**20%** on copper · scheduled for ${OCT_14}`);
    expect(text).toContain(`**30%** on textiles · scheduled for ${OCT_14}`);
  });

  it('leaves them in force when the start has passed', async () => {
    const { text } = await tariffPeru([
      'New tariffs on Peruvian goods took effect on August 14. They include a 20% levy on Peruvian copper.',
    ]);
    expect(text).toContain('**20%** on copper · in force');
    expect(text).not.toContain('scheduled');
  });
});
