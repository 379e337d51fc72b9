export * from './audit';
export * from './auth';
export * from './frameworks';
export * from './organizations';
export * from './people';
export * from './plans';
export * from './system';
