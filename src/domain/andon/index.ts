export * from './andonTypes';
export * from './andonFold';
export * from './andonView';
export * from './projectAndon';
