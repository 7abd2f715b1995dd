import {
  ApplicationCommandOptionType,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { articleRef, type Article } from '../src/corpus/article.ts';
import { defineCommand } from '../src/dispatch/command.ts';
import type { CommandContext } from '../src/dispatch/context.ts';
import { hideOption } from '../src/dispatch/hide-option.ts';
import type { OptionsOf } from '../src/dispatch/option-types.ts';
import type { Feed } from '../src/feeds/feeds-file.ts';
import { newestSourceLine } from '../src/render/citation.ts';
import { errorReply, type Reply } from '../src/render/reply.ts';
import { discordTimestamp } from '../src/render/timestamps.ts';

const urlOption = (description: string) =>
  ({ name: 'url', description, type: ApplicationCommandOptionType.String, required: true, max_length: 500 }) as const;

export const sourcesDefinition = {
  name: 'sources',
  description: 'The news articles and feeds the bot answers from',
  options: [
    {
      name: 'list',
      description: 'The articles, newest first, with where each came from',
      type: ApplicationCommandOptionType.Subcommand,
      options: [hideOption],
    },
    {
      name: 'feeds',
      description: 'The feeds the bot follows, with their last poll, last new article and last error',
      type: ApplicationCommandOptionType.Subcommand,
      options: [hideOption],
    },
    {
      name: 'add',
      description: "Add a news page's article to the corpus (the bot's operators only)",
      type: ApplicationCommandOptionType.Subcommand,
      options: [urlOption('The page (http or https)')],
    },
    {
      name: 'feed',
      description: "Follow or stop following a feed (the bot's operators only)",
      type: ApplicationCommandOptionType.Subcommand,
      options: [
        {
          name: 'action',
          description: 'add or remove',
          type: ApplicationCommandOptionType.String,
          required: true,
          choices: [
            { name: 'add', value: 'add' },
            { name: 'remove', value: 'remove' },
          ],
        },
        urlOption('The feed (RSS, Atom, RDF or JSON Feed)'),
        {
          name: 'outlet',
          description: 'The outlet name to cite (default: the page’s own)',
          type: ApplicationCommandOptionType.String,
          max_length: 100,
        },
        {
          name: 'include',
          description: 'Only items with one of these words (comma-separated)',
          type: ApplicationCommandOptionType.String,
          max_length: 300,
        },
        {
          name: 'exclude',
          description: 'Never items with one of these words (comma-separated)',
          type: ApplicationCommandOptionType.String,
          max_length: 300,
        },
      ],
    },
  ],
} as const satisfies RESTPostAPIChatInputApplicationCommandsJSONBody;

/** Lines shown in the list; the count says how many more there are (`--json` has them all). */
const LISTED = 15;

function origin(a: Article): string {
  const when = a.added ? `, added ${discordTimestamp(a.added, 'R')}` : '';
  if (a.origin === 'feed' && a.feed) return `feed ${new URL(a.feed).host}${when}`;
  if (a.origin === 'link') return `link${when}`;
  return `file${when}`;
}

function list(ctx: CommandContext): Reply {
  const { kb } = ctx;
  const articles = kb.articles.map((a) => ({
    ...articleRef(a),
    passages: a.passages.length,
    origin: a.origin ?? 'file',
    ...(a.feed ? { feed: a.feed } : {}),
    ...(a.added ? { added: a.added } : {}),
    ...(a.also ? { also: a.also } : {}),
  }));
  const lines = kb.articles.slice(0, LISTED).map((a) => {
    const outlets = [a.outlet, ...(a.also ?? []).map((o) => o.outlet)].join(', ');
    return `• ${a.url ? `[${a.title}](${a.url})` : `**${a.title}**`} — ${outlets}, ${discordTimestamp(a.published, 'D')}, ${a.passages.length} passages · ${origin(a)}`;
  });
  if (articles.length > LISTED) lines.push(`… and ${articles.length - LISTED} older`);
  const summary =
    articles.length === 0
      ? 'The corpus holds no articles yet.'
      : `**${articles.length} article${articles.length === 1 ? '' : 's'}** · ${newestSourceLine(articles)}`;
  return {
    ok: true,
    content: summary,
    embeds: lines.length > 0 ? [{ title: 'Sources', description: lines.join('\n') }] : [],
    data: { articles },
  };
}

const when = (ms: number | undefined) => (ms === undefined ? 'never' : discordTimestamp(new Date(ms), 'R'));

async function feeds(ctx: CommandContext): Promise<Reply> {
  if (!ctx.sources) return errorReply('Feeds are not available here.');
  const listing = await ctx.sources.listFeeds();
  if (listing.error) return errorReply(`The feeds file is broken: ${listing.error}`);
  if (listing.feeds.length === 0)
    return {
      ok: true,
      content: 'No feeds are followed. An operator adds one with `/sources feed action:add url:…`.',
      data: { feeds: [] },
    };
  const lines = listing.feeds.map(({ state, ...f }) => {
    const filters = [f.include ? `only ${f.include.join(', ')}` : '', f.exclude ? `never ${f.exclude.join(', ')}` : '']
      .filter(Boolean)
      .join('; ');
    const status = state.gone
      ? ' · ⛔ gone (410): no longer polled'
      : state.retryAt > ctx.now().getTime()
        ? ` · waiting until ${discordTimestamp(new Date(state.retryAt), 'R')}`
        : '';
    const error = state.lastError ? `\n  last error: ${state.lastError}` : '';
    return `• ${f.outlet ? `**${f.outlet}** ` : ''}<${f.url}>${filters ? ` (${filters})` : ''}\n  last poll ${when(state.lastPoll)} · last new article ${when(state.lastNew)}${status}${error}`;
  });
  return {
    ok: true,
    content: `**${listing.feeds.length} feed${listing.feeds.length === 1 ? '' : 's'}**`,
    embeds: [{ title: 'Feeds', description: lines.join('\n') }],
    data: { feeds: listing.feeds },
  };
}

async function addLink(url: string, ctx: CommandContext): Promise<Reply> {
  if (!ctx.sources) return errorReply('Adding links is not available here.');
  const result = await ctx.sources.addLink(url);
  if (!result.ok) return errorReply(`Could not add it: ${result.error}`);
  const content = result.alsoAdded
    ? `Already in the corpus as “${result.title}”; ${result.outlet} is now recorded as also carrying it.`
    : result.duplicate
      ? `Already in the corpus: “${result.title}”. Nothing was added.`
      : `Added “${result.title}” (${result.outlet}). It can be asked about now.`;
  return { ok: true, ephemeral: true, content, data: result as unknown as Record<string, unknown> };
}

const words = (text: string | undefined) =>
  text
    ?.split(',')
    .map((w) => w.trim())
    .filter(Boolean);

type FeedOptions = Extract<OptionsOf<typeof sourcesDefinition>, { subcommand: 'feed' }>;

function feed(options: FeedOptions, ctx: CommandContext): Reply {
  const { sources } = ctx;
  if (!sources) return errorReply('Feeds are not available here.');
  const { url } = options;
  if (options.action === 'remove') {
    const removed = sources.removeFeed(url);
    if (!removed.ok) return errorReply(removed.error);
    return {
      ok: true,
      ephemeral: true,
      content: `No longer following <${url}>. Its articles stay in the corpus.`,
      data: { removed: url },
    };
  }
  const include = words(options.include);
  const exclude = words(options.exclude);
  const { outlet } = options;
  const input: Feed = {
    url,
    ...(outlet ? { outlet } : {}),
    ...(include?.length ? { include } : {}),
    ...(exclude?.length ? { exclude } : {}),
  };
  const added = sources.addFeed(input);
  if (!added.ok) return errorReply(`Could not add the feed: ${added.error}`);
  // Polled at once, so that its articles do not wait for the next round.
  void sources.poll().catch(() => undefined);
  return {
    ok: true,
    ephemeral: true,
    content: `Following <${url}>. Its new articles are added as they appear.`,
    data: { added: added.feed },
  };
}

export const sourcesCommand = defineCommand({
  definition: sourcesDefinition,
  defaultSubcommand: 'list',
  // The corpus is shared by every server: one server's admins must not change another's answers.
  subcommands: { add: { ownerOnly: true }, feed: { ownerOnly: true } },
  examples: [
    '/sources',
    '/sources feeds',
    '/sources add url:https://example.com/news/story',
    '/sources feed add url:https://example.com/feed.xml',
  ],
  async handle(options, ctx) {
    switch (options.subcommand) {
      case 'feeds':
        return feeds(ctx);
      case 'add':
        return addLink(options.url, ctx);
      case 'feed':
        return feed(options, ctx);
      default:
        return list(ctx);
    }
  },
});
