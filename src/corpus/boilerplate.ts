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
  // A sign-up form's promise and consent line: "… breaking headlines delivered to your inbox.",
  // "By continuing you agree to our Terms and Privacy Policy."
  /^.{0,200}\b(?:delivered|sent|straight|directly) to your inbox\.?$/i,
  /^by (?:continuing|signing up|subscribing|clicking|registering|submitting)\b.{0,100}\byou (?:agree|accept|consent)\b.{0,120}$/i,
  /^(advertisement|advertising|sponsored content)$/i,
  /^(share|share this article|share on (x|twitter|facebook|linkedin))$/i,
  // Share and tool bars, one button a line: "- X", "- Get link", "Mail This Article", "0 SHARE".
  /^(?:- )?(?:x|facebook|whatsapp|linkedin|email(?: us)?|print|print-news|get link|copy link|other apps|mail this article|give feedback|\d+ shares?)$/i,
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

/** A heading over other stories the page promotes, alone on its line: "RELATED:", "Read more", "ALSO READ". */
const PROMOTION_HEADING = /^(?:related(?: news| stories| articles)?|read more|also read|read also|see also|more on this(?: story)?)\s*:?$/i;

/** A paragraph of the article's text: it ends a sentence. A promoted story's headline does not. */
const SENTENCE_END = /[.!?]["”’)]?$/u;

/**
 * Drops the headlines of other stories a page promotes in the middle of an article, under a
 * heading such as "RELATED:", up to the article's next sentence. Such a headline is written in
 * another story's words ("Minister Vows Tough Action: “We Will …”") and would be read as this
 * one's. The heading goes too. Only after the article's text has begun: at the top of a page the same heading is
 * navigation, and the line under it is often the article's own headline.
 */
export function dropPromotedHeadlines(paragraphs: readonly string[]): string[] {
  const kept: string[] = [];
  let promoting = false;
  for (const paragraph of paragraphs) {
    if (PROMOTION_HEADING.test(paragraph)) promoting = kept.some((p) => SENTENCE_END.test(p));
    else if (!promoting || SENTENCE_END.test(paragraph)) {
      promoting = false;
      kept.push(paragraph);
    }
  }
  return kept;
}
