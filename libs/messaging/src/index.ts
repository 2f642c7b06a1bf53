export * from './logger';
export * from './kafka';
export * from './topic-catalogue';
export * from './migration';
export * from './outbox';
export * from './outbox-relay';
export * from './headers';
export * from './consumer';
