export * from './wipTypes';
export * from './wipFold';
export * from './wipView';
export * from './projectWip';
