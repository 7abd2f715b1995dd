import { describe, expect, it } from 'vitest';
import { runConsoleJson } from '../helpers/console.ts';
import { newCorpus, writeArticle } from '../follows/articles.ts';

/**
 * A levy that "applies to almost all imports, regardless of origin" is the US's tariff on every
 * country: the countries the paragraph names next (those with deals that face the same rate) are not
 * its targets, one deadline each. Sentences written for this test.
 */
describe('/deadline: a levy on almost all imports, regardless of origin', () => {
  it('is one US tariff taking effect, not one per country the paragraph names', async () => {
    const corpus = newCorpus('deadline-regardless-');
    writeArticle(corpus, '2026-03-02-levy', 'A new levy', '2026-03-02', [
      'Starting March 4 at 12:01 a.m. EST, the 10% levy applies to almost all imports, regardless of origin. ' +
        'Countries that struck deals with Washington, including Peru and Chile, will face the same rate.',
    ]);
    const { data } = await runConsoleJson('/deadline list', { corpus, now: '2026-03-03T12:00:00Z' });
    const deadlines = data.deadlines as { title: string; date: string; kind: string }[];
    expect(deadlines.map((d) => [d.kind, d.date])).toEqual([['takes effect', '2026-03-04']]);
    expect(deadlines[0]?.title).not.toMatch(/Peru|Chile/);
  });
});
