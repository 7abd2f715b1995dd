import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

describe('/quote on a paragraph whose opening mark the page left out', () => {
  it('takes the words from the start of the paragraph when a reporting clause follows the closing mark', async () => {
    const { quotes } = await quoteStory('ortiz', [
      'Trade Minister Lena Ortiz spoke in Lima on Monday.',
      'Our growers will find new buyers in Asia and Europe,” Ortiz said.',
      '“We will not wait for Washington,” she added.',
    ]);
    expect(quotes).toEqual(['Our growers will find new buyers in Asia and Europe', 'We will not wait for Washington']);
  });

  it('takes nothing from a paragraph that only ends on a stray mark', async () => {
    const { quotes } = await quoteStory('ortiz', [
      'Trade Minister Lena Ortiz said the talks would go on. The next round is in May."',
      '“We will not wait for Washington,” Ortiz added.',
    ]);
    expect(quotes).toEqual(['We will not wait for Washington']);
  });
});
