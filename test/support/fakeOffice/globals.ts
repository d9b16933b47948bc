/**
 * Runs the product's real Office entries against the fake: installs the `Office` and `Excel`
 * globals office.js would define, loads the entry module in a fresh module registry (Office runs a
 * function command in a fresh runtime per click), and clicks a ribbon command.
 */
import { fakeCommandEvent, type FakeExcel, type FakeOfficeGlobal } from './index';

type Globals = { Office?: unknown; Excel?: unknown };

export function installOfficeGlobals(fake: FakeExcel, displayLanguage: string): FakeOfficeGlobal {
  const office = fake.officeGlobal(displayLanguage);
  const g = globalThis as Globals;
  g.Office = office;
  g.Excel = { run: fake.run };
  return office;
}

export function removeOfficeGlobals(): void {
  const g = globalThis as Globals;
  delete g.Office;
  delete g.Excel;
}

/**
 * One click on a function command through src/commands/main.ts, loaded afresh. Resolves when the
 * command called event.completed(); returns how often it did.
 */
export async function clickCommand(
  fake: FakeExcel,
  name: string,
  displayLanguage = 'nl-NL',
): Promise<{ completedCalls: number }> {
  const office = installOfficeGlobals(fake, displayLanguage);
  try {
    // The click runs inside the isolated registry too, so a module the function file imports
    // lazily (the write path) is the same copy its error classes are checked against.
    let completedCalls = 0;
    await jest.isolateModulesAsync(async () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('../../../src/commands/main');
      const handler = office.associated.get(name);
      if (!handler) throw new Error(`the function file associates no ${name}`);
      const event = fakeCommandEvent();
      await handler(event);
      completedCalls = event.completedCalls;
    });
    return { completedCalls };
  } finally {
    removeOfficeGlobals();
  }
}
