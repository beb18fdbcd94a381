export * from './connection.ts';
export * from './doc-persistence.ts';
export * from './doc-registry.ts';
export * from './collab-server.ts';
export * from './shared-doc.ts';
