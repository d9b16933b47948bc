import { makeMemoryBook } from '../support/memoryBook';
import { describeBookContract } from './bookContract';
import { describeRangesContract } from './rangesContract';

describeBookContract('memory', makeMemoryBook);
describeRangesContract('memory', makeMemoryBook);
