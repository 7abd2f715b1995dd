/**
 * Paragraphs that web pages wrap around an article and that are never part of it: newsletter
 * banners, sign-up prompts, share bars. A paragraph matching any of these is dropped on ingest.
 */
export const BOILERPLATE_PATTERNS: readonly RegExp[] = [
  /^free unlock\b.*\bnews$/i, // "Free Unlock White House Watch News"
  /^your guide (on|to) what\b.*\bmeans?\b/i, // "Your guide on what Trump's second term means to …"
  /^(sign up|subscribe|register)\b.{0,120}$/i, // "Sign up for our newsletter", "Subscribe to read"
  /^(get|receive) (our|the) .{0,60}newsletter/i,
  /^(advertisement|advertising|sponsored content)$/i,
  /^(share|share this article|share on (x|twitter|facebook|linkedin))$/i,
  /^(read more|related|recommended|most read|listen to this article)\b.{0,80}$/i,
  /^(we use cookies|accept (all )?cookies)\b/i,
  /^(©|copyright \d{4})/i,
];

export function isBoilerplate(paragraph: string): boolean {
  return BOILERPLATE_PATTERNS.some((pattern) => pattern.test(paragraph));
}
