import type { ConversionKind } from "./conversion";

/**
 * What people read about each conversion kind (conversion.ts lists the kinds and
 * what each does to the dividends, Cert §5(e)). The pane's drop-down and the
 * docs read it; the functions do not (their bundle loads in every workbook).
 * Its type asks for an entry per kind.
 */
export interface ChoiceWords {
  /** A few words: "the holder's Optional Conversion". */
  title: string;
  /** The clause that governs it: "Cert §5(a)". */
  clause: string;
}

export const CONVERSION_KIND_WORDS: { readonly [K in ConversionKind]: ChoiceWords } = {
  OPTIONAL: { title: "the holder's Optional Conversion", clause: "Cert §5(a)" },
  MANDATORY: { title: "Mandatory Conversion on the Board's election after the Market Threshold", clause: "Cert §5(b)(1)" },
  THRESHOLD: { title: "Optional Conversion within 60 days of the Market Threshold", clause: "Cert §5(e)(A)" },
  SALE: { title: "Optional Conversion as part of a Sale of the Company", clause: "Cert §5(e)(B)" },
};

/** A drop-down option's text: "OPTIONAL — the holder's Optional Conversion (Cert §5(a))". */
export const choiceLabel = (word: string, w: ChoiceWords): string => `${word} — ${w.title} (${w.clause})`;

export const conversionKindLabel = (kind: ConversionKind): string => choiceLabel(kind, CONVERSION_KIND_WORDS[kind]);
