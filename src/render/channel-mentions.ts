/** Channels and roles as commands name them: Discord sends ids; a console user types `<#id>`, `#name` or `@role`. */

/** `<#id>` for a Discord channel; the console's channel is just named. */
export const channelMention = (id: string) => (/^\d+$/.test(id) ? `<#${id}>` : `#${id}`);
/** The channel id in a channel option: Discord sends the id, a console user may type `<#id>` or `#name`. */
export const channelIdOf = (value: string) => value.replace(/^<#(\d+)>$/, '$1').replace(/^#/, '');
/** `<@&id>` for a Discord role; a console role is just named. */
export const roleMention = (id: string) => (/^\d+$/.test(id) ? `<@&${id}>` : `@${id}`);
/** The role id in a role option, as `channelIdOf`. */
export const roleIdOf = (value: string) => value.replace(/^<@&(\d+)>$/, '$1').replace(/^@/, '');
