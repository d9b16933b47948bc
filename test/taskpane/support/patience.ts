/**
 * How long a pane test waits for what it expects to see. Tests wait on visible state (findBy*,
 * waitFor), and pass the moment it shows; the bound only decides how long a failing test takes to
 * say so. It is generous because on a loaded two-core machine a lazy view's first import is
 * transformed on the fly and can take many seconds: jest's 5-second test timeout and Testing
 * Library's 1-second wait are tight there, not signs of a bug.
 */
import { configure } from '@testing-library/react';

const PATIENCE_MS = 60_000;

configure({ asyncUtilTimeout: PATIENCE_MS });
// A test holds several waits in a row; its own bound leaves room for them.
jest.setTimeout(4 * PATIENCE_MS);
