/* How a static host should serve dist/: content type and caching per file.
 * The preview server (scripts/preview.js) serves exactly this, and
 * docs/deploy.md tells administrators to configure their host the same way.
 *
 *   pages, scripts, functions.json, manifest.xml  Cache-Control: no-cache
 *       (a cache may keep them but must revalidate, ETag/Last-Modified, on every use:
 *       after a release the next load gets the new files; the names never change
 *       because the manifest lists them);
 *   icons                                         Cache-Control: public, max-age=86400
 *       (Office requires image URLs to be cacheable: never no-cache/no-store).
 */
"use strict";
const path = require("path");

const CONTENT_TYPES = Object.freeze({
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".txt": "text/plain; charset=utf-8",
});

const REVALIDATE = "no-cache";
const IMAGES = "public, max-age=86400";

function contentType(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] || "application/octet-stream";
}

function cacheControl(file) {
  return path.extname(file).toLowerCase() === ".png" ? IMAGES : REVALIDATE;
}

module.exports = { CONTENT_TYPES, contentType, cacheControl, REVALIDATE, IMAGES };
