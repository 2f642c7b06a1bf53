export * from './logger';
export * from './errors';
export * from './http-server';
export * from './subgraph-service';
export * from './config';
export * from './pagination';
export * from './scalars';
export * from './schema-file';
