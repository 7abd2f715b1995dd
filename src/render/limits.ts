/** Discord's limits on what a bot may send (https://discord.com/developers/docs/resources/message). */
export const DISCORD_LIMITS = {
  content: 2000,
  embedsPerMessage: 10,
  /** Title, description, field names and values, footer and author of all embeds together. */
  embedTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footer: 2048,
  buttonsPerRow: 5,
  buttonLabel: 80,
  customId: 100,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  attachmentsPerMessage: 10,
  /** What a bot may upload in a server without boosts. */
  attachmentBytes: 10 * 1024 * 1024,
  attachmentDescription: 1024,
} as const;

const ELLIPSIS = '…';

/** The first `max` UTF-16 units of `text`, one fewer where the cut would split a surrogate pair (an emoji). */
export function sliceWhole(text: string, max: number): string {
  return text.slice(0, max).replace(/[\ud800-\udbff]$/, '');
}

/**
 * Makes `raw` well-formed and shortens it to at most `max` characters, ending at a sentence end when one falls in the
 * last half, else at a word, then "…". Bold markers left open by the cut are closed.
 */
export function cutText(raw: string, max: number): string {
  // Echoed user input may hold a lone surrogate, which Discord rejects as malformed text.
  const text = raw.toWellFormed();
  if (text.length <= max) return text;
  const room = max - ELLIPSIS.length - 2; // 2: a closing "**" if the cut opens one
  const head = sliceWhole(text, Math.max(0, room));
  const sentenceEnd = Math.max(
    ...['. ', '! ', '? ', '.\n', '”', '.” '].map((end) => head.lastIndexOf(end) + end.trimEnd().length),
  );
  const wordEnd = head.search(/\s\S*$/);
  let cut = sentenceEnd > room / 2 ? head.slice(0, sentenceEnd) : wordEnd > room / 2 ? head.slice(0, wordEnd) : head;
  cut = cut.replace(/<t:[^>]*$/, ''); // never leave half a timestamp
  const openBold = (cut.match(/\*\*/g) ?? []).length % 2 === 1;
  return `${cut.trimEnd()}${openBold ? '**' : ''}${ELLIPSIS}`;
}
