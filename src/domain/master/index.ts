export * from './types';
export * from './masterDocs';
export * from './masterIndex';
export * from './validateMasterData';
