export * from './domain-error';
export * from './pagination';
export * from './postal-address';
export * from './tenant';
export * from './text';
export * from './brussels-time';
export * from './calendar-date';
export * from './share';
