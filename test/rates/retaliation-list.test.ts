/**
 * A threat made for retaliation by a list of partners: "raise tariffs higher than 25% if Peru or
 * Chile retaliated against the United States". Each partner whose retaliation the threat names is
 * the one the rate would be charged on, however many are listed. Sentences written for these tests;
 * the class comes from real news (a blind set's tuning part, stop 59).
 */
import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

describe('a threat for retaliation by listed partners', () => {
  it('charges the rate on the listed partners, not on the United States', () => {
    const lines = articleRates(
      [
        'Trump also threatened to raise tariffs higher than 25% if Peru or Chile retaliated against the United States with tariffs of their own.',
      ],
      '2026-07-08',
    );
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).toMatch(/^United States → (?:Peru|Chile) 25% threatened$/);
  });

  it('reads "hit back" as retaliation', () => {
    expect(articleRates(['An extra 10% tariff will be imposed if Peru hits back.'], '2026-07-08')).toEqual([
      'United States → Peru 10% threatened',
    ]);
  });
});

describe('/tariff on a threat for retaliation by listed partners', () => {
  it('shows the threat on Peru, not as Peru’s on American goods', async () => {
    const { text } = await tariffPeru([
      'Trump also threatened to raise tariffs higher than 25% if Peru or Chile retaliated against the United States with tariffs of their own.',
    ]);
    // Each embed's text, by its direction.
    const embeds = new Map(text.split('"title":"').map((part) => [part.slice(0, part.indexOf('"')), part]));
    expect(embeds.get('United States → Peru')).toContain('**25%** · threatened');
    expect(embeds.get('Peru → United States') ?? '').not.toContain('**25%**');
  });
});
