export * from './command-error';
export * from './collections';
export * from './command';
export * from './reducer';
export * from './invert';
export * from './describe';
