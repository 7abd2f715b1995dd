/**
 * The future a quotation contracts ("we'll charge them 50%", "It'll be 25%"), written out, so that
 * rules reading "will" read it too. "'d" stays: it is "would" as often as "had".
 */
const WILL = /\b(\p{L}+)['’]ll\b/gu;

export function expandFuture(text: string): string {
  return text.replace(WILL, '$1 will');
}
