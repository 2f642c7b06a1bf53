export * from './data-source';
export * from './timeout';
export type { DataSource, EntityManager } from 'typeorm';
export * from './timers';
