export * from './demoPlant';
