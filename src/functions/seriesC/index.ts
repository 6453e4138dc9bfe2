// Every Series C adapter file; importing one runs its CustomFunctions.associate calls.
import "./dividends";
import "./conversionPrice";
import "./redemption";
