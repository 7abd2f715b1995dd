// Tests run in UTC with no Discord token, whatever the developer's shell or .env holds.
process.env.TZ = 'UTC';
delete process.env.DISCORD_TOKEN;
