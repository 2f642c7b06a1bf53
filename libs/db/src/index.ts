export * from './data-source';
export * from './timeout';
export * from './keep-newest';
export type { DataSource, EntityManager } from 'typeorm';
export * from './timers';
