/**
 * Import cycles, type imports included (ESLint's import-x/no-cycle does not follow `import type`,
 * so a cycle made only of type imports passed it). Two rules: no cycle between modules, and no
 * cycle between folders (a folder is used through its index.ts, so two folders that import each
 * other are one module in disguise, e.g. caseload ↔ reviews before services/review-cycle/).
 * Run by `npm run lint` (decision in docs/architecture.md, "Import cycles").
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules must not import each other, not even for types.',
      // The document core's hook contract and SharedDoc name each other's types (a hook receives
      // the document, the document runs the hooks). Left as it is: the folder is shared with the
      // several-process work and is not restructured here. Its folder is still checked below.
      from: { pathNot: '^server/src/realtime/documents/' },
      to: { circular: true },
    },
    {
      name: 'no-circular-folders',
      severity: 'error',
      scope: 'folder',
      comment: 'Folders must not import each other, not even for types: move what both need into a third folder.',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', 'dist', '\\.test\\.tsx?$', '/test/', '/testing/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs'] },
  },
};
