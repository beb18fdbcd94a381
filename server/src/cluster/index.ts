export * from './cluster-bus.ts';
export * from './redis-bus.ts';
