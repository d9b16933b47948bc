/** Dutch (and where cheap, Belgian) debt-collection law: costs, statutory interest, allocation. */
export * from './collectionCosts';
export * from './interestRates';
export * from './interest';
export * from './allocation';
export * from './claim';
export * from './be';
