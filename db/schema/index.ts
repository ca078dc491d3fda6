export * from './regions';
export * from './facilities';
export * from './gazetteer';
