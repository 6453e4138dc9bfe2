// Entry of dist/functions.js: importing each adapter file runs the
// CustomFunctions.associate calls the metadata plugin appends to it.
import "./seriesC/dividends";
import "./seriesC/conversionPrice";
import "./seriesC/redemption";
import "./optionExchange/newShares";
