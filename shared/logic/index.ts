export * from './new-workshop';
