// The public library API of smote-lab's core.
export * from './data/dataset';
export * from './neighbors/find-neighbors';
export * from './outcome';
export * from './random';
export * from './sampling/common-params';
export * from './sampling/params';
export * from './sampling/registry';
export * from './sampling/strategy';
export type * from './sampling/types';
