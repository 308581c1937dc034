export * from './productionTypes';
export * from './productionFold';
export * from './productionView';
