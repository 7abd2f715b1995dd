import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';
import { documentTerms, queryTerms } from '../../src/search/analyzer.ts';

/**
 * A number that "collapsed 60%" or "collapsed to zero" fell, as a user asks it ("did orders crash",
 * "how far did they drop"); talks that collapse fail, and are no fall. Asked through the console as a
 * user asks, of an article we wrote.
 */
describe('/ask for a fall, told as a number that collapsed', () => {
  const fall = queryTerms('fall')[0];

  it('reads an amount that collapsed as a fall, and collapsed talks as none', () => {
    expect(documentTerms('orders collapsed 60% in a week')).toContain(fall);
    expect(documentTerms('sales had collapsed to zero')).toContain(fall);
    expect(documentTerms('the talks collapsed on Friday')).not.toContain(fall);
  });

  it('finds the paragraph of the collapse', async () => {
    const paragraphs = [
      'Ruritanian cheese orders from Freedonia were 2,000 tonnes; cheese orders peak in spring.',
      'Ruritanian cheese orders from Freedonia collapsed 60% in a week, a dairy group said.',
    ];
    expect(await askFirst(paragraphs, 'did ruritanian cheese orders crash?')).toBe(paragraphs[1]);
  });
});
