/**
 * Where things go on an A4 letter for a window envelope, in millimetres from the page's top-left
 * corner. One module so the layout and its tests share the measures.
 *
 * The window: Dutch and Belgian offices post A4 folded in three in a DL (110 × 220 mm) or EA5/6
 * envelope with the window on the left. NEN 1026 (the Dutch letter layout) is not openly published;
 * the measures below are those of DIN 676 form B / DIN 5008, which those envelopes' windows follow:
 * the address field starts 20 mm from the left edge and 45 mm from the top, 85 mm wide and 45 mm
 * high (https://www.din-5008-richtlinien.de/startseite/anschriftenfeld/,
 * http://www.korrespondenz-din-5008.de/briefe-schreiben/din-5008-adressfeld/). Form B's folds are
 * at 105 and 210 mm from the top. The address itself sits inset in that field, at most six lines
 * (PostNL: https://www.postnl.nl/en/sending/sending-a-parcel/addressing-tips/, 3 to 6 lines, a sans
 * serif at 10 to 12 pt), nothing else in the window (bpost:
 * https://www.bpost.be/nl/adressering-adres-positionering).
 */
const A4_MM = { width: 210, height: 297 } as const;

/** The envelope's window as it falls on the folded letter (DIN 676 form B address field). */
export const ADDRESS_WINDOW_MM = { left: 20, top: 45, width: 85, height: 45 } as const;

/** The address text: 5 mm inside the window on the left, the first baseline 10 mm below its top, at most six lines. */
export const ADDRESS_TEXT = {
  leftMm: 25,
  firstBaselineMm: 55,
  maxWidthMm: 75,
  lineHeightMm: 4.6,
  fontSize: 10,
  /** DIN 5008 asks for at least 8 pt in the address; a longer line is set smaller down to this. */
  minFontSize: 8,
  maxLines: 6,
} as const;

/** Fold marks at the left edge (DIN 5008 form B). */
export const FOLD_MARKS_MM = [105, 210] as const;

/** The letterhead: the company name top left, the address and contact block on the right. */
export const LETTERHEAD = {
  nameBaselineMm: 24,
  nameSize: 16,
  blockLeftMm: 130,
  blockTopMm: 20,
  blockSize: 8.5,
} as const;

/** Below the window: place and date, then the subject and customer number, then the text. */
export const BELOW_WINDOW = { placeDateMm: 100, subjectMm: 108, textTopMm: 120 } as const;

/** The text: 10 pt, lines 1.3 apart, a blank of 7 pt between paragraphs. */
export const BODY = { fontSize: 10, leading: 1.3, paragraphGapPt: 7 } as const;

export const QR_MM = { size: 32, captionSize: 8 } as const;

export const mmToPt = (mm: number): number => (mm * 72) / 25.4;

/** The PDF's y (points from the bottom) of a baseline `mm` from the top of an A4 page. */
export const fromTop = (mm: number): number => mmToPt(A4_MM.height - mm);
