import { makeMemoryBook } from '../support/memoryBook';
import { describeBookContract } from './bookContract';
import { describeRangesContract } from './rangesContract';
import { describeRefusalContract } from './refusalContract';

describeBookContract('memory', makeMemoryBook);
describeRangesContract('memory', makeMemoryBook);
describeRefusalContract('memory', makeMemoryBook, {
  'would-lose-parts': { cannotHold: 'the in-memory Book saves no file, so it loses no part' },
});
