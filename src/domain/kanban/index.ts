export * from './kanbanTypes';
export * from './kanbanFold';
export * from './kanbanView';
export * from './projectKanban';
