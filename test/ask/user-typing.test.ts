import { describe, expect, it } from 'vitest';
import { askFirst } from '../helpers/ask.ts';

/**
 * Questions typed as users type them in a chat, asked through the console of articles we wrote (the
 * first paragraph is a neutral lead: every passage also scores for its article's lead).
 */
describe('/ask on questions as users type them', () => {
  const paragraphs = [
    'Lima and Santiago argue over the duty on Peruvian copper, which fills the papers.',
    'Chile now sets a 12% duty on copper from Peru.',
  ];

  it.each(["what's the duty on Peruvian copper now?", 'whats the duty on Peruvian copper now?'])(
    'reads "%s" as asking for a rate, as "what is" would',
    async (question) => {
      expect(await askFirst(paragraphs, question)).toContain('12%');
    },
  );
});

describe('/ask on when a measure is set to start', () => {
  it('answers "when will … apply" with the day it applies from, not the day something was done', async () => {
    const first = await askFirst(
      [
        'Peru drew up counter-tariffs on American goods on Wednesday, after talks with American officials broke down.',
        'Peru will collect the counter-tariffs on American products from June 1, officials said in Lima.',
      ],
      "When will Peru's counter-tariffs on American goods apply?",
    );
    expect(first).toContain('from June 1');
  });
});

describe('/ask on a leader named by the name the English-language news uses', () => {
  it('finds "William Lai" for a question about Taiwan\'s president', async () => {
    const first = await askFirst(
      [
        'Taiwanese chipmakers weighed the new tariff on Tuesday, their association said.',
        'William Lai told reporters the rate was a first step and that talks would go on.',
      ],
      "what did taiwan's president say about the tariff?",
    );
    expect(first).toContain('William Lai');
  });
});

describe('/ask on household words for the goods a tariff names', () => {
  it.each([
    ['what will sofas cost in tariffs next year?', '30%'],
    ['is there a new duty on kitchen cupboards?', '50%'],
  ])('reads "%s" as the trade term the article uses', async (question, rate) => {
    const first = await askFirst(
      [
        'Peru said it would keep talking with Washington about its furniture makers.',
        'The duty on upholstered furniture from Peru rises to 30% on January 1.',
        'Kitchen cabinets and vanities from Peru will face 50% from the same day.',
      ],
      question,
    );
    expect(first).toContain(rate);
  });
});

describe('/ask on a head of government typed as a user types the office', () => {
  it('reads "pm" in lower case as the prime minister the news names', async () => {
    const first = await askFirst(
      [
        'Peru agreed to buy more American wheat under the accord, the trade ministry said.',
        'Prime Minister Ana Robles faces a confidence vote after her coalition lost its majority.',
      ],
      'is the peruvian pm in trouble at home?',
    );
    expect(first).toContain('Ana Robles');
  });
});

describe('/ask on the press as a reader names it', () => {
  it('finds what the newspapers wrote for "what are the papers saying"', async () => {
    const first = await askFirst(
      [
        'Peruvian exporters said they would ask Lima for relief from the new tariff.',
        'Peruvian newspapers were gloomy: one tabloid called the rate a national humiliation.',
      ],
      'what are the peruvian papers saying?',
    );
    expect(first).toContain('tabloid');
  });
});
