/**
 * Text without its accents and compatibility forms ("Šefčovič" → "Sefcovic", "Việt Nam" → "Viet
 * Nam", "ﬁ" → "fi"): how a reader types a name, and the one way names, slugs and keys are compared.
 */
export function foldAccents(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '');
}
