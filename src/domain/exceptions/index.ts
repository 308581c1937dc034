export * from './types';
export * from './raise';
