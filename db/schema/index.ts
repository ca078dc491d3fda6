export * from './regions';
export * from './facilities';
