export * from './andonTypes';
export * from './andonFold';
export * from './andonView';
