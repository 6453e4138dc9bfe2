// Entry of dist/functions.js. It must stay loadable in a context whose only
// host object is CustomFunctions: no DOM and no Office API at load time.
//
// The build replaces this module's body (webpack.config.js, scripts/function-registry-loader.js)
// by the registration of every entry of the function catalogue (src/functions/catalogue.ts):
// `CustomFunctions.associate(id, impl)` with each implementation imported from its adapter file.
export {};
