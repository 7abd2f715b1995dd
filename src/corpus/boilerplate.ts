import { isAdPlaceholderLine } from '../text/ad-placeholders.ts';

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
  // Share and tool bars, one button a line: "- X", "- Get link", "Mail This Article", "0 SHARE".
  /^(?:- )?(?:x|facebook|whatsapp|linkedin|email|print|print-news|get link|copy link|other apps|mail this article|give feedback|\d+ shares?)$/i,
  /^(read more|related|recommended|most read|listen to this article)\b.{0,80}$/i,
  // Other stories the page promotes, and the headings over them: "ALSO READ: …", "IN CASE YOU MISSED IT | …".
  /^(also read|also see|read also|please also read|must read|in case you missed it|popular articles|top \d+ this week|trending now|for you|start reading|a newsletter for you|hashtags|article content|featured image for article about)\b.{0,160}$/i,
  // The comment section under an article.
  /^(leave a (reply|comment)|comments?|view comments|replying to \S+)$/i,
  /^(please enter your (comment|name)|your email address will not be published|comments are (moderated|closed))\b/i,
  // A line that is only a link or a credit: "Source: https://…", "Photo: Getty Images", "26 minutes ago".
  /^(source: )?https?:\/\/\S+$/i,
  /^photo( credit)?:? [^.]{1,40}$/i,
  /^\d+ (minutes?|hours?)( \d+ minutes?)? ago$/i,
  /^(we use cookies|accept (all )?cookies)\b/i,
  /^(©|copyright \d{4})/i,
  // A page metadata line: "views:745", "• 1,204 views".
  /^(?:[•·]\s*)?(?:views?:\s*[\d,]+|[\d,]+ views?)$/i,
  // The publisher speaking to its reader about an account or paying: "Already a subscriber? … log
  // into your account", "With your current subscription plan …", "Your donation allows us … paywalls".
  /^(?=.*\byour?\b)(?=.*\b(?:subscriber|subscription|log ?in(?:to)?|sign(?:ed|ing)? in|paywalls?|donation)\b).{0,1200}$/i,
  // What its subscribers receive: "Each day, Trade Law Daily subscribers receive a daily headline email".
  /\bsubscribers (?:receive|get|enjoy)\b.{0,120}\b(?:emails?|newsletters?|editions?|access)\b/i,
];

/** Boilerplate, or advertisement placeholders only ("Hide AdAdvertisement"). */
export function isBoilerplate(paragraph: string): boolean {
  return isAdPlaceholderLine(paragraph) || BOILERPLATE_PATTERNS.some((pattern) => pattern.test(paragraph));
}
