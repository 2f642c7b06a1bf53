export * from './clock';
export * from './migration';
export * from './timers';
