import { ChoiceWords, choiceLabel } from "./conversionKindWords";
import type { RedemptionTrigger } from "./redemption";

/**
 * What people read about each redemption trigger (redemption.ts lists the
 * triggers and their notice periods and multiples). The pane's drop-down and
 * the docs read it; the functions do not. Its type asks for an entry per trigger.
 */
export const REDEMPTION_TRIGGER_WORDS: { readonly [T in RedemptionTrigger]: ChoiceWords } = {
  "6A": { title: "holders' election after the sixth anniversary", clause: "Cert §6(a)" },
  SALE: { title: "redemption in a Sale of the Company", clause: "Cert §6(a)" },
  "3D": { title: "Company Redemption after a rejected Special Restricted Action", clause: "Cert §3(d)" },
  "3E": { title: "Company Redemption in lieu of a Sale after an Event of Non-Compliance", clause: "Cert §3(e)" },
};

/** A drop-down option's text: "6A — holders' election after the sixth anniversary (Cert §6(a))". */
export const redemptionTriggerLabel = (trigger: RedemptionTrigger): string => choiceLabel(trigger, REDEMPTION_TRIGGER_WORDS[trigger]);
