export * from './principal';
export * from './errors';
export * from './policy';
export * from './tokens';
export * from './gateway-credential';
export * from './access-matrix';
export * from './dev-token';
export * from './access-matrix-doc';
