export * from './gembaCode';
export * from './mod1271';
