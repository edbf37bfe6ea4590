export * from './methods';
export * from './dispatch';
