import type { ScalarTag, Tags } from 'yaml';

// YAML 1.2 reads `ma_don_vi: 001` as the number 1; unit codes need their zeros.
// Plain integers with a leading zero therefore stay strings; 0, 12 and -7 are still numbers.
const INT_WITHOUT_LEADING_ZERO = /^[-+]?(?:0|[1-9][0-9]*)$/;

const isPlainIntTag = (tag: Tags[number]): tag is ScalarTag =>
  typeof tag === 'object' &&
  !('collection' in tag && tag.collection) &&
  tag.tag === 'tag:yaml.org,2002:int' &&
  !tag.format;

export const keepLeadingZeroCodes = (tags: Tags): Tags =>
  tags.map((tag) => (isPlainIntTag(tag) ? { ...tag, test: INT_WITHOUT_LEADING_ZERO } : tag));
