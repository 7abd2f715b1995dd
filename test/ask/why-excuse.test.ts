import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/** A user asks for the "excuse" of a measure, as a "why"; the news tells its cause. */
describe('/ask for the excuse of a measure, answered by its cause', () => {
  it('puts the paragraph with the cause first', async () => {
    const paragraphs = [
      'In April the US put a 20% levy on Peru, and talks began in Lima.',
      'In May the US added a 20% penalty levy because of Peru’s gold sales to the junta.',
    ];
    expect(await askFirst(paragraphs, "what's the excuse for the US levy on Peru")).toBe(paragraphs[1]);
  });
});
