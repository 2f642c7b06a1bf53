export * from './demo-data';
export * from './seed-demo';
export * from './demo-call';
