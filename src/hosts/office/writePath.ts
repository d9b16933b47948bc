/**
 * What only a write needs: the pre-flight read, the refusals and one handler per Change kind.
 * officeBook.ts imports this at the first apply, so the pane's first read does not download it.
 */
export { planWrites } from './handlers';
export { loadPreflight } from './preflight';
