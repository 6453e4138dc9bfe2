// Jest stand-in: office-addin-mock imports office-addin-manifest for usage data
// only; the real package pulls an ESM-only dependency Jest cannot load.
export const OfficeAddinManifest = { readManifestFile: async () => ({}) };
export default OfficeAddinManifest;
