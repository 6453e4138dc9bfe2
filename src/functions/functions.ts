// Entry of dist/functions.js. It must stay loadable in a context whose only
// host object is CustomFunctions: no DOM and no Office API at load time.
import "./seriesC";
import "./optionExchange";
