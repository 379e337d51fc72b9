/** The plan resource: inputs (what clients send) and views (what the API answers). */
export * from './plan-inputs';
export * from './plan-views';
