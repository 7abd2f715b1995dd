import { ApplicationCommandOptionType } from 'discord-api-types/v10';

/** The `hide` option every answer command takes: answer only to the user who asked. */
export const hideOption = {
  name: 'hide',
  description: 'Show the answer only to you',
  type: ApplicationCommandOptionType.Boolean,
  required: false,
} as const;
