import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

/**
 * A reason told before the rate ("To deter Peru from buying Venezuelan oil, Washington slapped a 25%
 * tariff on Peru") limits it no more than one told after ("… over its purchases of Venezuelan oil"):
 * the oil is why the rate is charged, not what it is charged on. Sentences written for this test.
 */
const STORY = [
  'Copper exporters in Lima said orders had held up through the summer.',
  'To deter Peru from buying Venezuelan oil, Washington slapped a 25% tariff on Peru last month.',
];

describe('a reason before the rate', () => {
  it('answers /tariff peru with a rate on all Peruvian goods', async () => {
    expect((await tariffPeru(STORY)).line).toMatch(/^\*\*25%\*\* on Peruvian goods · in force/u);
  });
});
