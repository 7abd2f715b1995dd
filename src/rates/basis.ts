import type { Span } from './clauses.ts';
import type { LegalBasis } from './rate-statement.ts';

const BASES: readonly { basis: LegalBasis; pattern: RegExp }[] = [
  {
    basis: 'IEEPA',
    pattern:
      /\bIEEPA\b|\bInternational Emergency Economic Powers Act\b|\bemergency (?:economic )?powers (?:act|law)\b/iu,
  },
  { basis: 'Section 232', pattern: /\bSection\s+232\b/iu },
  { basis: 'Section 301', pattern: /\bSection\s+301\b/iu },
  { basis: 'Section 122', pattern: /\bSection\s+122\b/iu },
];

function basesIn(text: string): LegalBasis[] {
  return BASES.filter((b) => b.pattern.test(text)).map((b) => b.basis);
}

/** The law a rate rests on: the one its own segment names, or the only one the sentence names. */
export function legalBasisOf(sentence: string, segment: Span): LegalBasis | undefined {
  const own = basesIn(sentence.slice(segment.start, segment.end));
  if (own.length === 1) return own[0];
  const all = basesIn(sentence);
  return all.length === 1 ? all[0] : undefined;
}
