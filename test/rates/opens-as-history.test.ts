import { describe, expect, it } from 'vitest';
import { sentenceRateLines } from './article-rates.ts';

/** An opening that dates a whole sentence ("At one point,") tells every level in it as history. */
describe('a sentence opened as history', () => {
  it('dates the answer told after the level it answered', () => {
    expect(
      sentenceRateLines(
        'At one point, duties on Peruvian goods were raised to 90%, prompting Lima to retaliate with tariffs of up to 70% on US imports.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 90% previous', 'Peru → United States 70% previous']);
  });

  it('dates both levels of a sentence opened "At their peak"', () => {
    expect(
      sentenceRateLines(
        'At their peak, US tariffs on Peruvian goods reached 90%, and Peru answered with 70% on American goods.',
        '2026-09-01',
      ),
    ).toEqual(['United States → Peru 90% previous', 'Peru → United States 70% previous']);
  });

  it('keeps a level the sentence tells as holding now', () => {
    expect(
      sentenceRateLines('At one point, tariffs on Peruvian goods hit 90%, but they now stand at 30%.', '2026-09-01'),
    ).toEqual(['United States → Peru 90% previous', 'United States → Peru 30% current']);
  });
});
