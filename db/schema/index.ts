export * from './regions';
export * from './facilities';
export * from './gazetteer';
export * from './users';
export * from './audits';
export * from './sessions';
export * from './photos';
export * from './network';
