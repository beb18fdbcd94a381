// Lint rules, including the dependency directions of docs/architecture.md (section "Dependency rules").
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const SERVER_ONLY = ['express', 'express/*', 'mongoose', 'socket.io', 'ws', 'pino', 'node:*'];
const REALTIME_ONLY = ['yjs', 'y-protocols', 'y-protocols/*', 'lib0', 'lib0/*', 'socket.io', 'ws', 'y-websocket'];

/** no-restricted-imports with package names and path patterns, each with the rule it enforces. */
const restrict = (groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group: [...new Set(group)], message })) }],
});

export default tseslint.config(
  { ignores: ['**/dist/**', 'node_modules/**', 'data/**', '.tmp/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'import-x/no-cycle': ['error', { maxDepth: 10 }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
    },
  },
  // Rule 1: shared is pure: zod and date-fns only; no Node, DOM libraries, server or client code.
  {
    files: ['shared/**/*.ts'],
    rules: {
      ...restrict([
        [
          [
            ...SERVER_ONLY,
            ...REALTIME_ONLY,
            'react',
            'react-dom',
            '@tiptap/*',
            '**/server/**',
            '**/client/**',
            '@ehcp/server',
            '@ehcp/client',
          ],
          'shared may import only zod and date-fns (architecture rule 1).',
        ],
      ]),
      'no-console': 'error',
    },
  },
  // Rule 2: client never imports server; server never imports client.
  {
    files: ['client/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...restrict([
        [['**/server/**', '@ehcp/server', ...SERVER_ONLY], 'client never imports server code (architecture rule 2).'],
      ]),
      // Rule 6: only client/src/config.ts reads import.meta.env.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.type='MetaProperty'][property.name='env']",
          message: 'Read import.meta.env only in client/src/config.ts.',
        },
      ],
    },
  },
  { files: ['client/src/config.ts'], rules: { 'no-restricted-syntax': 'off' } },
  // Only the editor/collaboration and realtime folders touch Yjs and sockets on the client.
  {
    files: ['client/src/**/*.{ts,tsx}'],
    ignores: ['client/src/editor/collaboration/**', 'client/src/realtime/**'],
    rules: {
      ...restrict([
        [['**/server/**', '@ehcp/server', ...SERVER_ONLY], 'client never imports server code (architecture rule 2).'],
        [
          ['yjs', 'y-websocket', 'y-protocols', 'y-protocols/*', 'lib0/*', 'socket.io-client'],
          'Only client/src/realtime and client/src/editor/collaboration use Yjs or sockets (rule 10).',
        ],
      ]),
    },
  },
  // Client unit tests run in Node and may read the client's own files (e.g. the stylesheet's colour tokens).
  {
    files: ['client/src/**/*.test.ts'],
    rules: {
      ...restrict([[['**/server/**', '@ehcp/server'], 'client never imports server code (architecture rule 2).']]),
    },
  },
  {
    files: ['server/src/**/*.ts'],
    rules: {
      'no-console': 'error',
      // Rule 6: only server/src/config reads process.env.
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read configuration through server/src/config.' },
      ],
      ...restrict([[['**/client/**', '@ehcp/client'], 'server never imports client code (architecture rule 2).']]),
    },
  },
  {
    files: ['server/src/config/**', 'server/src/**/*.test.ts', 'server/src/test/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
  // Rule 10: only server/src/realtime imports Socket.io, ws, yjs or y-protocols.
  {
    files: ['server/src/**/*.ts'],
    ignores: ['server/src/realtime/**', 'server/src/test/**', 'server/src/**/*.test.ts'],
    rules: {
      ...restrict([
        [['**/client/**', '@ehcp/client'], 'server never imports client code (architecture rule 2).'],
        [REALTIME_ONLY, 'Only server/src/realtime imports Socket.io, ws, yjs or y-protocols (rule 10).'],
      ]),
    },
  },
  // Rule 3: models never import upward.
  {
    files: ['server/src/models/**/*.ts'],
    rules: {
      ...restrict([
        [REALTIME_ONLY, 'Only server/src/realtime imports Socket.io, ws, yjs or y-protocols (rule 10).'],
        [
          ['**/services/**', '**/http/**', '**/realtime/**', '**/auth/**', '**/presenters/**', 'express'],
          'models never import upward (rule 3).',
        ],
      ]),
    },
  },
  // Rule 4: services never import Express, Socket.io, http/ or realtime/.
  {
    files: ['server/src/services/**/*.ts'],
    ignores: ['server/src/**/*.test.ts'],
    rules: {
      ...restrict([
        [REALTIME_ONLY, 'Only server/src/realtime imports Socket.io, ws, yjs or y-protocols (rule 10).'],
        [
          ['express', '**/http/**', '**/realtime/**'],
          'services never import Express, http/ or realtime/ (rule 4); emit domain events instead.',
        ],
      ]),
    },
  },
  // Rate limits (decision 37) are infrastructure used by http and realtime: they never import either, nor use cases.
  {
    files: ['server/src/rate-limits/**/*.ts'],
    ignores: ['server/src/**/*.test.ts'],
    rules: {
      ...restrict([
        [REALTIME_ONLY, 'Only server/src/realtime imports Socket.io, ws, yjs or y-protocols (rule 10).'],
        [
          ['express', '**/http/**', '**/realtime/**', '**/services/**'],
          'rate-limits is used by http and realtime and imports neither, nor services (decision 37).',
        ],
      ]),
    },
  },
  // Rule 5: realtime does not reach into http internals, and vice versa.
  {
    files: ['server/src/realtime/**/*.ts'],
    rules: {
      ...restrict([
        [['**/http/**', 'express'], 'realtime must not import http/ (rule 5); shared logic lives in auth/ or services/.'],
      ]),
    },
  },
  {
    files: ['server/src/http/**/*.ts'],
    ignores: ['server/src/**/*.test.ts'],
    rules: {
      ...restrict([
        [REALTIME_ONLY, 'Only server/src/realtime imports Socket.io, ws, yjs or y-protocols (rule 10).'],
        [['**/realtime/**'], 'http must not import realtime/ (rule 5).'],
      ]),
    },
  },
  {
    files: ['e2e/**/*.ts', 'scripts/**/*.ts', '**/*.test.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
