import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const DISCORD_JS = { name: 'discord.js', message: 'Only src/discord/ may import discord.js.' };
const TEST_CODE = {
  regex: '(^|/)test/',
  message: 'Product code never imports tests: move what both need into src/ (as src/emulator/ was).',
};
/** Folders of the domain, and the layers above it that they may not import. */
const DOMAIN = [
  'config',
  'corpus',
  'dates',
  'deadlines',
  'follows',
  'geo',
  'knowledge',
  'log',
  'quotes',
  'rates',
  'reminders',
  'search',
  'sorted',
  'store',
  'text',
];
const ABOVE_THE_DOMAIN = {
  regex: '(^|/)(render|console|discord|dispatch|emulator|bench|eval|commands)/',
  message:
    'Domain folders point down only: wording and transports live in render/, console/ and discord/; pass what you need in.',
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'data/', '.cache/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      parserOptions: {
        // The build scripts are plain JavaScript: npm start runs them before anything is compiled.
        projectService: { allowDefaultProject: ['src/build/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // A forgotten promise in a bot is an unhandled rejection waiting for a gateway event.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-control-regex': 'off',
    },
  },
  // Layers point down only (ESLint keeps one no-restricted-imports per file, so each block repeats
  // what it inherits). Product code never imports tests; only src/discord/ imports discord.js.
  {
    files: ['src/**/*.ts', 'commands/**/*.ts'],
    ignores: ['src/discord/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [DISCORD_JS], patterns: [TEST_CODE] }] },
  },
  {
    files: ['src/discord/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [TEST_CODE] }] },
  },
  {
    // The domain: what the bot knows and keeps. It never words a reply nor knows a transport.
    files: [`src/{${DOMAIN.join(',')}}/**/*.ts`],
    rules: { 'no-restricted-imports': ['error', { paths: [DISCORD_JS], patterns: [TEST_CODE, ABOVE_THE_DOMAIN] }] },
  },
  { files: ['eslint.config.js'], ...tseslint.configs.disableTypeChecked },
);
