import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * News goes on quoting the person it named in the paragraph before with "he" or "she" and a verb that
 * also tells how the words came ("“…,” he replied", "she began", "he quipped"): the quotation is
 * theirs as much as after "he said", though a "said" of his own words follows. Asked through the
 * console of an article we wrote.
 */
describe('/ask on what someone said, quoted as "he replied"', () => {
  it.each(['replied', 'began', 'quipped', 'responded'])('finds the quotation after "he %s"', async (verb) => {
    const paragraphs = [
      'Mark Carney met mill owners in Quebec on Friday.',
      `“Mills will not pay for this,” he ${verb}, then told of the lumber duties: “I said no.”`,
      'Mill owners said the lumber duties would close three mills.',
    ];
    expect(await askFirst(paragraphs, 'what did carney say about the lumber duties')).toBe(paragraphs[1]);
  });
});
