/**
 * A start told right after a change, by whoever tells it ("The White House said the new rate takes
 * effect immediately.", "The cut is effective immediately, officials said."): the new level holds
 * from that day. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';

const CHANGE =
  'President Trump said on Monday that the reciprocal tariff on Peru would be lowered to 18% from 25%, after a call with its president.';

describe('a start told by its source after a change', () => {
  it('puts the new level in force in /tariff', async () => {
    for (const started of [
      'The White House said the new rate takes effect immediately.',
      'A White House official said that the new rate takes effect immediately.',
      'The cut is effective immediately, officials said.',
    ]) {
      const { line } = await tariffPeru([
        ['2025-08-28', ['The 25% tariff on Peruvian goods took effect on Wednesday.']],
        ['2026-09-01', [CHANGE, started]],
      ]);
      expect(line, started).toMatch(/^\*\*18%\*\* on Peruvian goods/);
    }
  });

  it('leaves the change to come when no start is told', async () => {
    const { line } = await tariffPeru([
      ['2025-08-28', ['The 25% tariff on Peruvian goods took effect on Wednesday.']],
      ['2026-09-01', [CHANGE, 'The White House said talks on the details would go on.']],
    ]);
    expect(line).toMatch(/^\*\*25%\*\* on Peruvian goods/);
  });
});
