export * from './connection.ts';
export * from './document-server.ts';
export * from './doc-registry.ts';
export * from './extension.ts';
export * from './protocol.ts';
export * from './shared-doc.ts';
export * from './update-analysis.ts';
