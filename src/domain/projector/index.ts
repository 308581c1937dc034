export * from './createProjector';
