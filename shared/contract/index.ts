export * from './methods';
export * from './dispatch';
export * from './bridge';
