import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * A page's keyword line ("Freedonia coffee crisis, US tariffs on coffee exports, …") names every
 * subject of the story at once and answers nothing: the paragraph that tells the quantity comes first.
 */
describe('/ask past a page’s keyword line', () => {
  it('finds the paragraph, not the list of topics', async () => {
    const paragraphs = [
      'Freedonia coffee crisis, US tariffs on coffee exports, coffee export losses Freedonia, $2 billion coffee loss, arabica coffee exports after the pause, coffee price drop',
      'Freedonia’s growers are preparing to ship 30,000 tonnes of coffee to the United States after the tariff pause, exporters said on Monday.',
    ];
    expect(await askFirst(paragraphs, 'how much coffee is freedonia sending to the US after the pause?')).toBe(
      paragraphs[1],
    );
  });

  it('keeps a sentence that lists goods', async () => {
    const paragraphs = [
      'Freedonia sends coffee, cocoa, bananas, sugar, rum and cigars to the United States.',
      'Officials in Freedonia met exporters on Monday.',
    ];
    expect(await askFirst(paragraphs, 'what goods does freedonia send to the US?')).toBe(paragraphs[0]);
  });
});
