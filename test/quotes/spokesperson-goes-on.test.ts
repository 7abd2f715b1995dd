import { describe, expect, it } from 'vitest';
import { quoteStory } from '../helpers/quote.ts';
import { speakerNames } from './speaker-names.ts';

/**
 * A body's spokesperson quoted without a name ("The spokesperson for the Ministry of Trade said: “…”"),
 * then “…,” he continued: the spokesperson goes on for the body, not a person named earlier. A person
 * named in between is the one the pronoun means. Sentences written for this test.
 */
const STORY = [
  'Norland denied on Thursday that it was negotiating, although President Ana Ruiz said the 80% duty could fall “considerably”. The spokesperson for the Ministry of Trade said: “Any claim of progress in the talks is baseless.” “The measures were started by the other side,” he continued. “Our position is consistent,” he added.',
  '“Talks are over,” a spokesperson for the Ministry of Trade said on Friday. Senator Tom Vale shrugged, and he told reporters: “Nothing is over.”',
];

describe('a pronoun after words a body’s spokesperson gave', () => {
  it('goes on with the spokesperson, for the body', () => {
    expect(speakerNames(STORY)).toEqual([
      'Ana Ruiz',
      'Ministry of Trade',
      'Ministry of Trade',
      'Ministry of Trade',
      'Ministry of Trade',
      'Tom Vale',
    ]);
  });

  it('lists the spokesperson’s words under the body in /quote', async () => {
    expect((await quoteStory('speaker:"Ministry of Trade"', STORY)).quotes).toEqual([
      'Any claim of progress in the talks is baseless.',
      'The measures were started by the other side',
      'Our position is consistent',
      'Talks are over',
    ]);
  });
});
