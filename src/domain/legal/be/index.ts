/** Belgian debt-collection law: commercial interest rates and computation, the consumer regime. */
export * from './rates';
export * from './interest';
export * from './holidays';
export * from './consumer';
