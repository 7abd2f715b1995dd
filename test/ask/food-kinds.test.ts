import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A reader's "food" is what the news lists item by item: beef, seafood, fruit, cheese. */
describe('/ask on food named by its items', () => {
  it('finds the goods hit, listed one by one, for a question about food products', async () => {
    const first = await askFirst(
      [
        'Ruritania said the 30% tariff on its goods was unfair and asked Washington to reopen talks.',
        'Exporters of beef, seafood, fruit and cheese in Ruritania expect to lose orders this autumn.',
        'Ruritanian carmakers plan to move some assembly lines to Mexico.',
      ],
      'Which Ruritanian food products will suffer?',
    );
    expect(first).toContain('beef, seafood');
  });
});
