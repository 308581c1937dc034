export * from './gembaCode';
export * from './mod1271';
export * from './gs1';
