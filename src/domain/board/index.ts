export * from './boardFold';
