import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** Softwood and hardwood are the trade's kinds of lumber; a reader asks about timber or lumber. */
describe('/ask on lumber named by its kind', () => {
  it('finds the duty "on Chilean softwood" for a question about Chilean timber', async () => {
    const first = await askFirst(
      [
        'Chile said its pulp mills would keep shipping to Asia and that talks with Washington would go on.',
        'In June, the Commerce Department raised duties on Chilean softwood to 18.4 percent.',
        '"Chile does not dump lumber into the United States, and these duties are unjustified," the minister said.',
      ],
      'What duty does Chilean timber face?',
    );
    expect(first).toContain('18.4 percent');
  });
});
