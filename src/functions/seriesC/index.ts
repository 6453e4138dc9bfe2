// Every Series C adapter file; importing one runs its CustomFunctions.associate calls.
import "./dividends";
import "./conversionPrice";
import "./redemption";
import "./conversion";
import "./liquidation";
import "./exit";
import "./threshold";
import "./keyDates";
import "./terms";
