import type { ChangeFact } from '../follows/changes.ts';
import type { AlertData, CitedSource, FollowMessage, FollowPosts, PostEmbed } from '../follows/delivery.ts';
import { countryNamed, HOME_COUNTRY } from '../geo/countries.ts';
import { quoteLookup } from '../quotes/lookup.ts';
import type { FollowRow } from '../store/follows.ts';
import { citationLine } from './citation.ts';
import { cutText, DISCORD_LIMITS } from './limits.ts';
import { discordTimestamp } from './timestamps.ts';

/** The posts of `/follow`: every alert an embed that cites what it says. Dates are Discord markup. */

const QUOTE_LENGTH = 500;
/** Discord's limit on a forum post's (thread's) name. */
const THREAD_NAME = 100;

/** "US", "China", "the EU" as a rate's owner: "US rate on Chinese goods". */
function rateName(imposer: string, target: string): string {
  const owner = imposer === HOME_COUNTRY ? 'US' : imposer;
  const demonym = countryNamed(target)?.demonyms[0];
  return `${owner} rate ${demonym ? `on ${demonym} goods` : `on goods from ${target}`}`;
}

const day = (date: string) => discordTimestamp(date, 'D');

/** The change in one line, as the alert's title: "US rate on Chinese goods: 30% → 20%". */
export function changeTitle(fact: ChangeFact): string {
  if (fact.kind === 'deadline')
    return `${fact.title}: now ${fact.deadlineKind === 'ends' ? 'ends' : 'takes effect'} ${fact.date}${fact.was ? `, was ${fact.was}` : ''}`;
  const name = rateName(fact.imposer, fact.target);
  if (fact.status === 'in force')
    return `${name}: ${fact.before ? `${fact.before.percent}% → ` : ''}${fact.after?.percent}%`;
  return `${name}: ${fact.before ? `${fact.before.percent}% ` : ''}${fact.status}`;
}

function changeLine(fact: ChangeFact): string {
  if (fact.kind === 'deadline') {
    const verb = fact.deadlineKind === 'ends' ? 'ends' : 'takes effect';
    const approximate = fact.approximate ? ' (approximately: worked out from a duration)' : '';
    return fact.was
      ? `**${fact.title}** now ${verb} ${day(fact.date)}${approximate}, was ${day(fact.was)}.`
      : `**${fact.title}**: a new date, ${verb} ${day(fact.date)}${approximate}.`;
  }
  if (fact.status === 'in force' && fact.after)
    return `${fact.after.percent}%, in force since ${day(fact.after.since)}${fact.before ? `; was ${fact.before.percent}% (since ${day(fact.before.since)})` : ''}.`;
  return `${fact.before ? `The ${fact.before.percent}% rate` : 'The rate'} is ${fact.status}, as the articles below say.`;
}

function sourceLines(s: CitedSource): string[] {
  const link = s.article.url ? ` <${s.article.url}>` : '';
  return [
    `> ${cutText(s.sentence, QUOTE_LENGTH)}`,
    `— “${s.article.title}”, ${citationLine(s.article, s.paragraph)}${link}`,
  ];
}

function followFooter(follow: FollowRow): string {
  return `Follow #${follow.id} · /follow remove id:${follow.id} stops it`;
}

function mentionOf(follow: FollowRow): Pick<FollowMessage, 'content' | 'mentionRoles'> {
  return follow.mentionRole
    ? { content: `<@&${follow.mentionRole}>`, mentionRoles: [follow.mentionRole] }
    : { mentionRoles: [] };
}

function alertEmbed(data: AlertData): PostEmbed {
  if (data.kind === 'change') {
    const [first] = data.sources;
    return {
      title: cutText(`📈 ${changeTitle(data.fact)}`, DISCORD_LIMITS.embedTitle),
      ...(first?.article.url ? { url: first.article.url } : {}),
      description: cutText(
        [
          changeLine(data.fact),
          '',
          `**Source${data.sources.length === 1 ? '' : 's'}**`,
          ...data.sources.flatMap(sourceLines),
        ].join('\n'),
        DISCORD_LIMITS.embedDescription,
      ),
    };
  }
  const { article } = data;
  const lines = data.quote
    ? [`**${data.quote.speaker}**: “${cutText(data.quote.text, QUOTE_LENGTH)}”`]
    : [`> ${cutText(data.passage, QUOTE_LENGTH)}`];
  return {
    title: cutText(`📰 ${article.title}`, DISCORD_LIMITS.embedTitle),
    ...(article.url ? { url: article.url } : {}),
    description: [...lines, `— ${citationLine(article, data.paragraph)}${article.url ? ` <${article.url}>` : ''}`].join(
      '\n',
    ),
  };
}

function forumTitle(data: AlertData): string {
  const title = data.kind === 'change' ? changeTitle(data.fact) : data.article.title;
  return cutText(title, THREAD_NAME);
}

function digestLine(data: AlertData): string {
  if (data.kind === 'change') {
    const [first] = data.sources;
    return `• ${changeTitle(data.fact)}${first ? ` — ${first.article.outlet}, ${day(first.article.published)}` : ''}`;
  }
  const title = data.article.url ? `[${data.article.title}](${data.article.url})` : `“${data.article.title}”`;
  return `• ${title} — ${citationLine(data.article, data.paragraph)}`;
}

export const followPosts: FollowPosts = {
  alert(data, follow) {
    return {
      title: forumTitle(data),
      ...mentionOf(follow),
      embeds: [{ ...alertEmbed(data), footer: followFooter(follow) }],
    };
  },
  digest(items) {
    const roles = [...new Set(items.flatMap(({ follow }) => (follow.mentionRole ? [follow.mentionRole] : [])))];
    const follows = [...new Set(items.map(({ follow }) => `#${follow.id}`))];
    return {
      title: `Digest: ${items.length} more alerts`,
      ...(roles.length > 0 ? { content: roles.map((r) => `<@&${r}>`).join(' ') } : {}),
      mentionRoles: roles,
      embeds: [
        {
          title: `🗞️ ${items.length} more alert${items.length === 1 ? '' : 's'}`,
          description: cutText(
            [
              'This channel had its 5 alerts in 10 minutes, so these are folded into one message:',
              ...items.map(({ data }) => digestLine(data)),
            ].join('\n'),
            DISCORD_LIMITS.embedDescription,
          ),
          footer: `Follow ${follows.join(', ')} · /follow list`,
        },
      ],
    };
  },
};

/** A follow as `/follow list` names it: "China · speaker Scott Bessent · “soybeans” · changes only". */
export function followSubject(follow: FollowRow, speakerName: (key: string) => string): string {
  return [
    follow.country,
    follow.speaker ? `speaker ${speakerName(follow.speaker)}` : undefined,
    follow.words ? `“${follow.words}”` : undefined,
  ]
    .filter(Boolean)
    .join(' · ');
}

/** A speaker's name by key, from the knowledge base's catalog. */
export const speakerNamer = (catalog: Parameters<typeof quoteLookup>[0]) => {
  const lookup = quoteLookup(catalog);
  return (key: string) => lookup.byKey(key)?.name ?? key;
};
