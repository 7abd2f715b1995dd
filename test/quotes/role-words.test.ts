import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';

describe('/quote names a person without the role written before the name', () => {
  it('a councillor of a federal government', async () => {
    const { line } = await quoteStory('weber', [
      '“We will make a better offer,” Federal Councillor Anna Weber told public radio on Saturday.',
    ]);
    expect(line).toMatch(/^\*\*Anna Weber\*\*.* · 1 quotation/);
  });

  it('a television anchor', async () => {
    const { line } = await quoteStory('reyes', [
      'Anchor Tom Reyes asked the minister about the duties. “Prices will rise,” Reyes said.',
    ]);
    expect(line).toMatch(/^\*\*Tom Reyes\*\*.* · 1 quotation/);
  });
});
