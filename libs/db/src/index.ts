export * from './data-source';
export type { DataSource, EntityManager } from 'typeorm';
