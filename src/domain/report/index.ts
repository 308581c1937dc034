export * from './plantView';
export * from './shiftReport';
