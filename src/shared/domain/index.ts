export * from './domain-error';
export * from './pagination';
export * from './tenant';
