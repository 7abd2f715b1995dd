import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { articleRef, type Article } from '../src/corpus/article.ts';
import { buttonId, defineCommand } from '../src/dispatch/command.ts';
import type { CommandContext } from '../src/dispatch/context.ts';
import { hideOption } from '../src/dispatch/hide-option.ts';
import type { KnowledgeBase } from '../src/knowledge/knowledge-base.ts';
import { quoteLookup } from '../src/quotes/lookup.ts';
import type { Quote, QuoteCitation, Speaker, SpeakerKind } from '../src/quotes/quote.ts';
import { quotesAbout, topicFilter, topicTerms } from '../src/quotes/topic.ts';
import { citationLine } from '../src/render/citation.ts';
import { cutText, DISCORD_LIMITS } from '../src/render/limits.ts';
import { errorReply, type Reply, type ReplyButton, type ReplyEmbed } from '../src/render/reply.ts';
import { echo } from '../src/render/echo.ts';

/** A topic longer than this would not fit in a button id beside a speaker key. */
export const MAX_TOPIC_LENGTH = 40;
const MAX_SPEAKER_LENGTH = 100;
/** Quotations per page, one embed each; fewer when they are long (see `PAGE_BUDGET`). */
export const QUOTES_PER_PAGE = 5;
/** Characters the embeds of one page may hold: Discord allows 6,000 over all of them. */
const PAGE_BUDGET = DISCORD_LIMITS.embedTotal - 500;
/** A single quotation longer than this is shortened, so that it fits a page on its own. */
const MAX_QUOTE_LENGTH = 1_500;
export const SPEAKERS_PER_PAGE = 20;
const ALIASES_SHOWN = 4;
/** Speakers offered when a name matches none. */
const SUGGESTIONS = 3;
const OTHER_CITATIONS_SHOWN = 3;

export const quoteDefinition = {
  name: 'quote',
  description: 'What someone said: their direct quotations in the news, newest first, with sources',
  options: [
    {
      name: 'speaker',
      description: 'Who said it, e.g. Bessent; leave empty to list everyone quoted',
      type: ApplicationCommandOptionType.String,
      required: false,
      autocomplete: true,
      max_length: MAX_SPEAKER_LENGTH,
    },
    {
      name: 'topic',
      description: 'Only quotations about this, e.g. Japan',
      type: ApplicationCommandOptionType.String,
      required: false,
      max_length: MAX_TOPIC_LENGTH,
    },
    hideOption,
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const about = (topic: string) => (topic ? ` about “${echo(topic)}”` : '');

function articleOf(kb: KnowledgeBase, citation: QuoteCitation): Article {
  const article = kb.articleById.get(citation.articleId);
  if (!article) throw new Error(`quotation cites unknown article ${citation.articleId}`);
  return article;
}

/** The text of the paragraphs a citation covers, for the topic filter. */
const paragraphsOf = (kb: KnowledgeBase) => (c: QuoteCitation) => {
  const texts: string[] = [];
  for (let n = c.paragraph; n <= c.lastParagraph; n++)
    texts.push(kb.passageById.get(`${c.articleId}#${n}`)?.text ?? '');
  return texts.join('\n');
};

/** "CNBC, <date>, paragraph 7" (or "paragraph 7–8" for a quotation that runs on). */
function cited(kb: KnowledgeBase, c: QuoteCitation): string {
  return `${citationLine(articleRef(articleOf(kb, c)), c.paragraph)}${c.lastParagraph > c.paragraph ? `–${c.lastParagraph}` : ''}`;
}

function quoteJson(kb: KnowledgeBase, quote: Quote, speaker: string | null) {
  const citations = quote.citations.map((c) => {
    const { id, title, outlet, published } = articleOf(kb, c);
    return { paragraph: c.paragraph, lastParagraph: c.lastParagraph, article: { id, title, outlet, published } };
  });
  const [first] = citations;
  return {
    speaker,
    text: quote.text,
    partial: quote.partial,
    paragraph: first?.paragraph,
    article: first?.article,
    rule: quote.rule,
    confidence: quote.confidence,
    citations,
  };
}

/** One quotation as an embed citing the newest article that has it. */
function quoteEmbed(kb: KnowledgeBase, quote: Quote, together?: string): ReplyEmbed {
  const [first, ...others] = quote.citations;
  if (!first) throw new Error('quotation without a citation');
  const article = articleOf(kb, first);
  const lines = [
    `> “${cutText(quote.text, MAX_QUOTE_LENGTH)}”`,
    `— ${cited(kb, first)}${quote.partial ? ' · partial quote' : ''}${together ? ` · said by ${together}` : ''}`,
  ];
  if (others.length > 0) {
    const more = others.length > OTHER_CITATIONS_SHOWN ? ` and ${others.length - OTHER_CITATIONS_SHOWN} more` : '';
    lines.push(
      `Also in: ${others
        .slice(0, OTHER_CITATIONS_SHOWN)
        .map((c) => cited(kb, c))
        .join('; ')}${more}`,
    );
  }
  return {
    title: article.title,
    url: article.url,
    description: lines.join('\n'),
    citation: { ...articleRef(article), paragraph: first.paragraph },
  };
}

const embedLength = (e: ReplyEmbed) =>
  Math.min(e.title?.length ?? 0, DISCORD_LIMITS.embedTitle) + (e.description?.length ?? 0) + (e.footer?.length ?? 0);

/** Embeds split into pages of at most `QUOTES_PER_PAGE` and `PAGE_BUDGET` characters, in order. */
function paginate(embeds: ReplyEmbed[]): ReplyEmbed[][] {
  const pages: ReplyEmbed[][] = [];
  let page: ReplyEmbed[] = [];
  let size = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    if (page.length > 0 && (page.length === QUOTES_PER_PAGE || size + length > PAGE_BUDGET)) {
      pages.push(page);
      page = [];
      size = 0;
    }
    page.push(embed);
    size += length;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** Previous / Next, each carrying the page it shows (1-based) and the topic. */
function pager(state: string[], page: number, pages: number, topic: string): ReplyButton[] {
  if (pages <= 1) return [];
  const id = (to: number) => buttonId('quote', ...state, to, ...(topic ? [topic.replace(/:/g, ' ')] : []));
  return [
    { customId: id(page - 1), label: '◀ Previous', disabled: page <= 1 },
    { customId: id(page + 1), label: 'Next ▶', disabled: page >= pages },
  ];
}

const clampPage = (page: number, pages: number) =>
  Math.min(Math.max(Number.isInteger(page) ? page : 1, 1), Math.max(pages, 1));

/**
 * What a speaker is, after the name where it is not a named person: someone only described ("White
 * House official") is no one a reader could look up, and several such people may share the description.
 */
const KIND_NOTES: Readonly<Record<SpeakerKind, string>> = {
  person: '',
  organisation: ' · organisation',
  unnamed: ' · unnamed, as the articles describe them',
};

/** One speaker's quotations, newest first, a page at a time. */
function speakerReply({ kb }: CommandContext, speaker: Speaker, asked: string, page: number): Reply {
  const terms = topicTerms(asked);
  const topic = terms.length > 0 ? asked : '';
  const lookup = quoteLookup(kb.quotes);
  const quotes = lookup.quotesOf(speaker.key).filter(topicFilter(kb.quotes, terms, paragraphsOf(kb)));
  const speakerData = { name: speaker.name, aliases: speaker.aliases };
  if (quotes.length === 0)
    return errorReply(`No quotations from ${speaker.name}${about(topic)}.`, { speaker: speakerData, quotes: [] });
  // A quotation of people speaking together, shown under one of them, names them all.
  const saidBy = (q: Quote) => (q.speaker === speaker.key ? undefined : lookup.byKey(q.speaker ?? '')?.name);
  const pages = paginate(quotes.map((q) => quoteEmbed(kb, q, saidBy(q))));
  const current = clampPage(page, pages.length);
  const aliases = speaker.aliases.slice(0, ALIASES_SHOWN);
  const also = aliases.length > 0 ? ` (also ${aliases.join(', ')})` : '';
  const pageNote = pages.length > 1 ? ` · page ${current} of ${pages.length}` : '';
  return {
    ok: true,
    content: cutText(
      `**${speaker.name}**${also}${KIND_NOTES[speaker.kind]} · ${plural(quotes.length, 'quotation')}${about(topic)}, newest first${pageNote}`,
      DISCORD_LIMITS.content,
    ),
    embeds: pages[current - 1] ?? [],
    buttons: pager(['s', speaker.key], current, pages.length, topic),
    data: {
      speaker: speakerData,
      quotes: quotes.map((q) => quoteJson(kb, q, saidBy(q) ?? speaker.name)),
      page: current,
      pages: pages.length,
    },
  };
}

/** How many of `quotes` each speaker key has (null: the speaker unknown). */
function countBySpeaker(quotes: readonly Quote[]): Map<string | null, number> {
  const counts = new Map<string | null, number>();
  for (const q of quotes) counts.set(q.speaker, (counts.get(q.speaker) ?? 0) + 1);
  return counts;
}

/** Everyone quoted (about the topic, if one is given), most quoted first, with counts. */
function speakersReply({ kb }: CommandContext, asked: string, page: number): Reply {
  const lookup = quoteLookup(kb.quotes);
  const terms = topicTerms(asked);
  const topic = terms.length > 0 ? asked : '';
  // On a topic, counted from its quotations: a topic costs its matches, not a test of every quotation.
  const onTopic = terms.length > 0 ? countBySpeaker(quotesAbout(kb.quotes, terms, paragraphsOf(kb))) : undefined;
  const counts = lookup.ranking
    .map(({ speaker, count }) => ({ speaker, count: onTopic ? (onTopic.get(speaker.key) ?? 0) : count }))
    .filter((c) => c.count > 0);
  if (counts.length === 0) {
    if (topic) return errorReply(`No one is quoted${about(topic)}.`, { speaker: null, quotes: [], speakers: [] });
    return {
      ok: true,
      content: 'The corpus holds no quotations yet.',
      data: { speaker: null, quotes: [], speakers: [] },
    };
  }
  counts.sort((a, b) => b.count - a.count || a.speaker.name.localeCompare(b.speaker.name));
  const pages = Math.ceil(counts.length / SPEAKERS_PER_PAGE);
  const current = clampPage(page, pages);
  const lines = counts
    .slice((current - 1) * SPEAKERS_PER_PAGE, current * SPEAKERS_PER_PAGE)
    .map(({ speaker, count }) => `• **${speaker.name}** — ${plural(count, 'quotation')}${KIND_NOTES[speaker.kind]}`);
  const unknown = onTopic ? (onTopic.get(null) ?? 0) : lookup.unknown.length;
  return {
    ok: true,
    content: `**${plural(counts.length, 'speaker')}** quoted${about(topic)}${pages > 1 ? ` · page ${current} of ${pages}` : ''}. \`/quote speaker:<name>\` shows what one of them said.`,
    embeds: [
      {
        title: `Who is quoted${about(topic)}`,
        description: lines.join('\n'),
        ...(unknown > 0
          ? { footer: `and ${plural(unknown, 'quotation')} whose speaker the articles do not name` }
          : {}),
      },
    ],
    buttons: pager(['list'], current, pages, topic),
    data: {
      speaker: null,
      quotes: [],
      speakers: counts.map(({ speaker, count }) => ({ name: speaker.name, count })),
      page: current,
      pages,
    },
  };
}

function orList(names: string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

export const quoteCommand = defineCommand({
  definition: quoteDefinition,
  examples: ['/quote bessent', '/quote speaker:"Scott Bessent" topic:Japan', '/quote'],
  handle({ speaker: name, topic = '' }, ctx) {
    if (!name) return speakersReply(ctx, topic, 1);
    const lookup = quoteLookup(ctx.kb.quotes);
    const speaker = lookup.find(name);
    if (speaker) return speakerReply(ctx, speaker, topic, 1);
    // Names close to what was typed; failing those, the most quoted.
    const suggestions = lookup.suggest(name, SUGGESTIONS).map((s) => s.name);
    const mostQuoted = lookup.ranking.slice(0, SUGGESTIONS).map((c) => c.speaker.name);
    const hint =
      suggestions.length > 0
        ? ` Did you mean ${orList(suggestions)}?`
        : `${mostQuoted.length > 0 ? ` Most quoted: ${mostQuoted.join(', ')}.` : ''} \`/quote\` with no speaker lists everyone quoted.`;
    return errorReply(`No quotations from “${echo(name)}”.${hint}`, { speaker: null, quotes: [], suggestions });
  },
  autocomplete(focused, { kb }) {
    if (focused.name !== 'speaker') return [];
    return quoteLookup(kb.quotes)
      .complete(focused.value, DISCORD_LIMITS.autocompleteChoices)
      .map(({ speaker, count }) => ({
        name: cutText(`${speaker.name} · ${plural(count, 'quotation')}`, DISCORD_LIMITS.choiceName),
        value: speaker.name.length <= DISCORD_LIMITS.choiceValue ? speaker.name : speaker.key,
      }));
  },
  button([mode, ...state], ctx) {
    if (mode === 'list') {
      const [page = '1', ...topic] = state;
      return speakersReply(ctx, topic.join(':'), Number(page));
    }
    const [key = '', page = '1', ...topic] = state;
    const speaker = mode === 's' ? quoteLookup(ctx.kb.quotes).byKey(key) : undefined;
    if (!speaker) return errorReply('These quotations are no longer in the corpus. Run `/quote` again.');
    return speakerReply(ctx, speaker, topic.join(':'), Number(page));
  },
});
