export * from './methods';
export * from './dispatch';
export * from './bridge';
export * from './live';
export * from './export';
export * from './excel';
export * from './quick-wins';
export * from './bimtek';
