/**
 * The text of a package's parts, each inflated once per open. The checks at open read every
 * sheet: the fixes for other programs' forms (normalizePackage.ts), then the parts a save would
 * drop (lossRisks.ts); JSZip keeps no inflated copy, so each read inflated the sheets again (at
 * 50,000 invoices about half a second each time). A part a fix rewrites is read back as fixed.
 */
import type JSZip from 'jszip';

export interface PartTexts {
  /** The part's text, or undefined when the package has no such part. */
  text(name: string): Promise<string | undefined>;
  /** Writes a fixed text into the package, and reads it back from here. */
  replace(name: string, text: string): void;
  /** The package's part names (folders included), in its order. */
  names(): string[];
}

export function partTexts(zip: JSZip): PartTexts {
  const read = new Map<string, Promise<string | undefined>>();
  return {
    text(name) {
      let t = read.get(name);
      if (!t) {
        t = zip.file(name)?.async('string') ?? Promise.resolve(undefined);
        read.set(name, t);
      }
      return t;
    },
    replace(name, text) {
      zip.file(name, text);
      read.set(name, Promise.resolve(text));
    },
    names: () => Object.keys(zip.files),
  };
}
