import { makeMemoryBook } from '../support/memoryBook';
import { describeBookContract } from './bookContract';

describeBookContract('memory', makeMemoryBook);
