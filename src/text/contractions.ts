/**
 * The modals a quotation contracts, written out, so that rules reading "will" and "would" read them
 * too: "we'll charge them 50%", "It'll be 25%", "I'd impose a 200% tariff". "'d" is "would" only
 * before a verb's plain form; before a participle ("they'd imposed") it is "had", and stays.
 */
const WILL = /\b(\p{L}+)['’]ll\b/gu;
/** Plain forms of the verbs a rate is told with (and "be", "have"), none of them also a participle. */
const WOULD =
  /\b(\p{L}+)['’]d(?=\s+(?:be|have|rather|impose|raise|charge|slap|levy|increase|lower|reduce|double|triple|hike|retaliate|respond|add|drop|remove|scrap)\b)/giu;

export function expandModals(text: string): string {
  return text.replace(WILL, '$1 will').replace(WOULD, '$1 would');
}
