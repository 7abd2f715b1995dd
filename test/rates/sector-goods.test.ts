import { describe, expect, it } from 'vitest';
import { tariffPeru } from '../helpers/tariff.ts';
import { articleRates } from './article-rates.ts';

/**
 * A sector rate told by the goods it is on, naming no partner, asked through the console as a user
 * asks (`/tariff peru`) on sentences written for this test: it is the rate on every country, not
 * one on the country the sentence before happened to name.
 */
describe('/tariff on a sector rate told by its goods after a sentence about a partner', () => {
  const peruFirst = 'Washington has charged a 10% tariff on goods from Peru since April, exporters in Lima said.';

  it('reads a rate "on any branded drug" as the rate on every country', async () => {
    const story = [
      peruFirst,
      'From October 1, Washington will charge a 100% tariff on any branded drug, unless its maker is building a plant in America, the president wrote.',
    ];
    const { text, line } = await tariffPeru(story);
    expect(line).toMatch(/^\*\*10%\*\* on Peruvian goods/);
    expect(text).not.toMatch(/100%/);
    expect(articleRates(story, '2026-09-01')).toContain('United States → all countries 100% scheduled');
  });

  it('reads the goods a rate "will affect", past an aside after the number, as the rate on every country', async () => {
    const story = [
      peruFirst,
      'The 50% tariff, as the White House said on Tuesday, will affect imports of copper pipes and wires from October 1.',
    ];
    const { text } = await tariffPeru(story);
    expect(text).not.toMatch(/50%/);
    expect(articleRates(story, '2026-09-01')).toContain('United States → all countries 50% scheduled');
  });

  it('reads a rate "on copper imports", goods before the word imports, as the rate on every country', async () => {
    for (const goods of ['copper imports', 'steel, aluminum and copper imports']) {
      const story = [
        peruFirst,
        `The president also unveiled plans for a 50% tariff on ${goods} from October 1, aides said.`,
      ];
      const { text } = await tariffPeru(story);
      expect(text, goods).not.toMatch(/50%/);
      expect(articleRates(story, '2026-09-01'), goods).toContain('United States → all countries 50% scheduled');
    }
  });

  it('still gives a rate on imports told with their origin, "on steel imports from Peru", to that partner', async () => {
    const story = [
      peruFirst,
      'The president also unveiled plans for a 50% tariff on steel imports from Peru from October 1.',
    ];
    expect(articleRates(story, '2026-09-01')).toContain('United States → Peru 50% scheduled');
  });

  it('still gives a rate "on any" goods from a named partner to that partner', async () => {
    const { line } = await tariffPeru(['Washington will keep a 15% tariff on any goods from Peru, officials said.']);
    expect(line).toMatch(/^\*\*15%\*\*/);
  });
});

describe('/tariff on a rate whose reason names goods', () => {
  it('reads "as penalty for … purchase of Russian oil" and "due to Peru’s … importation of Russian oil" as reasons, not the goods taxed', async () => {
    for (const reason of [
      'as penalty for Peru’s continued purchase of Russian oil',
      'due to Peru’s direct or indirect importation of Russian oil',
    ]) {
      const { text } = await tariffPeru([
        `Washington slapped an additional 25 per cent tariff on goods coming from Peru ${reason}.`,
      ]);
      expect(text, reason).toMatch(/\*\*25%\*\*/);
      expect(text, reason).not.toMatch(/\*\*25%\*\* on energy/);
    }
  });
});
