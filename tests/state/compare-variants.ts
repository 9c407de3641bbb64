// The variants the small multiples offer on numeric data, in registry order: the specs' oracle.
export const NUMERIC_VARIANTS = [
  'SMOTE',
  'RandomOverSampler',
  'BorderlineSMOTE',
  'ADASYN',
  'SVMSMOTE',
  'KMeansSMOTE',
  'SMOTETomek',
  'SMOTEENN',
];
