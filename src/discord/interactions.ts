import {
  MessageFlags,
  PermissionFlagsBits,
  type AutocompleteInteraction,
  type BaseInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import { runAutocomplete, runButton, runCommand } from '../dispatch/dispatch.ts';
import { toDiscordPayload } from '../render/discord-payload.ts';
import { errorReply } from '../render/reply.ts';
import { discordTimestamp } from '../render/timestamps.ts';
import { commandContext, invokerOf, type FrontEnd } from './front-end.ts';
import { focusedOption, rawOptions } from './raw-options.ts';
import { answer, editPayload, withDeferral } from './respond.ts';

/** Routes an interaction to the registry through the shared dispatcher; throws only on transport failures. */
export async function handleInteraction(interaction: BaseInteraction, frontEnd: FrontEnd): Promise<void> {
  if (interaction.isChatInputCommand()) await onCommand(interaction, frontEnd);
  else if (interaction.isAutocomplete()) await onAutocomplete(interaction, frontEnd);
  else if (interaction.isButton()) await onButton(interaction, frontEnd);
}

function contextOf(interaction: BaseInteraction, frontEnd: FrontEnd) {
  return commandContext(frontEnd, {
    invoker: invokerOf(
      frontEnd,
      interaction.user.id,
      interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    ),
    guildId: interaction.guildId,
    channelId: interaction.channelId,
  });
}

async function onCommand(interaction: ChatInputCommandInteraction, frontEnd: FrontEnd): Promise<void> {
  const started = Date.now();
  const slot = frontEnd.cooldown.take(interaction.user.id, started);
  if (!slot.ok) {
    await answer(
      interaction,
      errorReply(`You are sending commands too fast; try again ${discordTimestamp(new Date(slot.retryAt), 'R')}.`, {
        cooldown: true,
      }),
    );
    return;
  }
  const raw = rawOptions(interaction.options.data);
  const command = frontEnd.registry.find((c) => c.definition.name === interaction.commandName);
  const defer = () => interaction.deferReply(raw.values.hide === true ? { flags: MessageFlags.Ephemeral } : {});
  const { reply, usageError } = await withDeferral(
    () => runCommand(frontEnd.registry, interaction.commandName, raw, contextOf(interaction, frontEnd), frontEnd.log),
    command?.defer ? 0 : frontEnd.deferAfterMs,
    defer,
  );
  if (usageError) frontEnd.cooldown.release(interaction.user.id);
  await answer(interaction, reply);
  frontEnd.log.info(
    {
      command: interaction.commandName,
      interaction: interaction.id,
      user: interaction.user.id,
      guild: interaction.guildId,
      ok: reply.ok,
      deferred: interaction.deferred,
      ms: Date.now() - started,
    },
    'command answered',
  );
}

async function onAutocomplete(interaction: AutocompleteInteraction, frontEnd: FrontEnd): Promise<void> {
  const focused = focusedOption(interaction.options.data);
  const choices = focused
    ? await runAutocomplete(
        frontEnd.registry,
        interaction.commandName,
        focused,
        rawOptions(interaction.options.data),
        contextOf(interaction, frontEnd),
        frontEnd.log,
      )
    : [];
  await interaction.respond(choices);
}

/** A button edits the message it sits on; an error or a private reply (a vote's thanks) goes only to whoever pressed it. */
async function onButton(interaction: ButtonInteraction, frontEnd: FrontEnd): Promise<void> {
  const reply = await withDeferral(
    () => runButton(frontEnd.registry, interaction.customId, contextOf(interaction, frontEnd), frontEnd.log),
    frontEnd.deferAfterMs,
    () => interaction.deferUpdate(),
  );
  if (!reply.ok || reply.ephemeral) {
    const payload = toDiscordPayload(reply);
    await (interaction.deferred ? interaction.followUp(payload) : interaction.reply(payload));
  } else if (interaction.deferred) {
    await interaction.editReply(editPayload(reply));
  } else {
    await interaction.update(editPayload(reply));
  }
  frontEnd.log.info({ button: interaction.customId, user: interaction.user.id, ok: reply.ok }, 'button handled');
}
