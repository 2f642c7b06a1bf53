export * from './test-environment';
export * from './wait-for';
export * from './kafka-probe';
export * from './tokens';
export * from './graphql-client';
export * from './services';
export * from './access-matrix';
export * from './csaf-directory';
