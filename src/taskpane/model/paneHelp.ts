/**
 * The pane's help topics: one per section of the pane, each an anchor of the
 * deployed help.html (scripts/help-page.js renders them after the functions).
 * A section's "?" link names its topic by key, so the compiler refuses a link
 * to a topic that does not exist, and the help page has an anchor for every
 * key. Text only (escaped by the help page). No DOM.
 */
export interface HelpTopic {
  /** The tab the section belongs to ("Series C", "Option exchange"), or "Both tabs". */
  tab: string;
  title: string;
  paragraphs: readonly string[];
}

export const PANE_HELP = {
  "pane-layout": {
    tab: "Both tabs",
    title: "How the pane is laid out",
    paragraphs: [
      "Each tab lists its inputs first and its results after them, in sections you can fold and unfold by their titles; the pane remembers which sections are open, per tab, with your inputs.",
      "The line at the top of each tab keeps the key results in view while you edit the inputs below it: the conversion price, conversion rate and liquidation amount per Series C share, or the eligible grants, new options and incremental value of the exchange.",
      "Insert model and Recalculate MPWR formulas move the focus to their status message once the command has finished, so a screen reader reads the result.",
    ],
  },
  "pane-seriesc-inputs": {
    tab: "Series C",
    title: "Series C inputs",
    paragraphs: [
      "The as-of date, the holder's Series C shares, the common stock's fair market value, the conversion kind (which decides the dividends that survive, Cert §5(e)), the redemption trigger (Cert §6(a), §3(d), §3(e)) and the redemption notice date.",
      "Dates: YYYY-MM-DD, your locale's short date or an Excel date serial. Amounts: 1,000 · $12.50 · 3/4.",
    ],
  },
  "pane-seriesc-events": {
    tab: "Series C",
    title: "Events",
    paragraphs: [
      "What the corporation did since the Original Issue Date that may adjust the conversion price: splits and combinations (Cert §5(f)), stock dividends (§5(g)), issues of common stock (§5(k)), rights and options (§5(k)(3)), Stock Option Plan grants (§5(k)(4)(B)), their expiry and exempt issues (§5(k)(4)).",
      "Each type asks for its own figures; an event is counted once complete and valid. Use the selected range reads an events table from the sheet.",
    ],
  },
  "pane-seriesc-payments": {
    tab: "Series C",
    title: "Dividends paid",
    paragraphs: ["Dividends paid in cash per Series C share, by date: they reduce the accrued dividends and the remaining Minimum Dividend (Cert §2)."],
  },
  "pane-seriesc-capital": {
    tab: "Series C",
    title: "Capital",
    paragraphs: [
      "Who shares in a liquidation or Sale of the Company, in order: senior claims, the Series C and Parity Preferred (each takes its preference or converts), then the common and the options in the money (Cert §4(a), (c)). The same rows as SERIESC_EXIT's capital.",
      "The exit chart runs from $0 to the total distributed you type, or to a range chosen from the capital.",
    ],
  },
  "pane-seriesc-terms": {
    tab: "Series C",
    title: "Series C terms",
    paragraphs: [
      "Every term of the Certificate of Designation the functions take in their terms argument, with what it is and its default: the Original Issue Date, the Liquidation Value, the dividend rate, the floor rule (floorAdjustedForSplits, Cert §5(k)(1)) and the others. Type a value as you would in the terms Table's Value column (TRUE/FALSE, 12% or 0.12, a date); a rate typed as a whole percent is refused, as the functions refuse it.",
      "A changed term is marked “Changed”; Reset to default puts the certificate's own term back. Each result a changed term changes says so under it (“with floorAdjustedForSplits = TRUE”). The terms are saved with the other inputs, and Insert model writes them into the model's terms Table, which every formula of the model reads.",
    ],
  },
  "pane-seriesc-exit": {
    tab: "Series C",
    title: "Exit value and holders",
    paragraphs: [
      "The exit value: the total paid out in a liquidation or a Sale of the Company treated as one (Cert §4). Who gets what at that value is shown under Who gets what.",
      "The holders: who holds how much of which capital row (holder | capital row | quantity; a holder may hold several rows). Paste cells copied from a cap table or a CSV file, or add the rows one by one; each holder's payout is its rows' amount per share times its quantity (SERIESC_PAYOUTS).",
    ],
  },
  "pane-seriesc-exit-results": {
    tab: "Series C",
    title: "Who gets what",
    paragraphs: [
      "At the exit value, each capital row's decision (converts, takes its preference, options exercised or not), its amount, its amount per share and its share of the proceeds (SERIESC_EXIT); the breakpoints, every exit value where the distribution changes slope, with what happens there (SERIESC_BREAKPOINTS), also marked on the exit waterfall chart; what a Series C share gets on a Sale of the Company by each route, the best available one marked Best (SERIESC_SALE, Cert §4(b), §5(e)(B), §6(a)); and each holder's payout (SERIESC_PAYOUTS).",
    ],
  },
  "pane-seriesc-results": {
    tab: "Series C",
    title: "Series C results",
    paragraphs: [
      "Per Series C share, from the same calculation as the functions: accrued dividends, remaining Minimum Dividend, conversion price and rate, liquidation amount and redemption price; the conversion of the holder's shares, the certificate of adjustment (Cert §5(l)) and the key dates.",
    ],
  },
  "pane-seriesc-charts": {
    tab: "Series C",
    title: "Series C charts",
    paragraphs: [
      "The payoff per share, the dividends over time and the exit waterfall, drawn from the same calculation as the numbers. Each chart's key points are written under its title and its data table lists the points plotted.",
    ],
  },
  "pane-optex-terms": {
    tab: "Option exchange",
    title: "Option exchange terms",
    paragraphs: [
      "Every term of the Offer to Exchange the functions take in their terms argument, with what it is and its default: the vesting installments and their rounding, the option term, the ISO limit, the expected term of the valuation and the others. The exchange ratio, the expiration date and the new exercise price are the tab's own fields, shown here as they set them.",
      "A changed term is marked “Changed”; Reset to default puts the offer's own term back. Each total and each part of a grant's details a changed term changes says so (“with vestingRounding = round”). The terms are saved with the other inputs, and Insert model writes them into the model's terms Table.",
    ],
  },
  "pane-write": {
    tab: "Both tabs",
    title: "Write to the sheet",
    paragraphs: [
      "Insert model writes a live model of the tab on a new sheet: your inputs in named cells and Tables, and MPWR formulas that recalculate; nothing already in the workbook is replaced. With the box ticked, native Excel charts bound to the model are added.",
      "Outside Excel the buttons are disabled: the results are computed in the page.",
    ],
  },
  "pane-ocf": {
    tab: "Both tabs",
    title: "Import / Export OCF package",
    paragraphs: [
      "Reads an Open Cap Format package (a .zip, or the .ocf.json files) into both tabs as of a date, or writes the tabs' inputs as a package validated against the OCF 1.2.0 schemas.",
    ],
  },
  "pane-optex-inputs": {
    tab: "Option exchange",
    title: "New options",
    paragraphs: [
      "The exercise price of the new options (the fair market value on their grant date, Offer Q10), the expiration date of the offer (the new options' grant date) and the exchange ratio: new options per eligible option (Offer §1).",
    ],
  },
  "pane-optex-roster": {
    tab: "Option exchange",
    title: "Eligible grants",
    paragraphs: [
      "Paste the roster from Excel or a CSV file, with a header row naming the columns in any order: grant id or employee, grant date, options, exercise price, and optionally ISO/NSO. Without a header: grant id, grant date, options, exercise price.",
      "A grant whose row has a problem is left out of the totals and marked in the grants table.",
    ],
  },
  "pane-optex-valuation": {
    tab: "Option exchange",
    title: "Exchange value",
    paragraphs: [
      "Optional: the stock price, the risk-free rate and the volatility value every grant at the expiration date by Black–Scholes (OPTEX_VALUATION); the remaining term is only for the selected grant's comparison in an inserted model. Rates: 5% or 0.05.",
    ],
  },
  "pane-optex-results": {
    tab: "Option exchange",
    title: "Option exchange results",
    paragraphs: [
      "The grants counted, the eligible options, the new options (each grant rounded down, Offer Q7) and, with the valuation inputs, the old and new values and the incremental value.",
      "Under the totals, one page of grants at a time: search by grant id or holder, sort by a column's header, choose the grants per page and the columns shown, go to a page, and export the table as shown to CSV. A grant left out of the totals is marked in the table with the reason. The table's settings are saved with your inputs.",
    ],
  },
  "pane-optex-charts": {
    tab: "Option exchange",
    title: "Option exchange charts",
    paragraphs: ["The roster's vesting of the new options and, for one grant of the page shown, the value at exercise and its vesting."],
  },
} as const satisfies Record<string, HelpTopic>;

export type HelpTopicId = keyof typeof PANE_HELP;
export const HELP_TOPIC_IDS = Object.keys(PANE_HELP) as HelpTopicId[];
