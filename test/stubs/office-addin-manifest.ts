// Jest stand-in for office-addin-manifest: office-addin-mock only needs its
// OfficeApp enum, and the real package pulls an ESM-only dependency Jest cannot load.
export enum OfficeApp {
  Excel = "excel",
  OneNote = "onenote",
  Outlook = "outlook",
  PowerPoint = "powerpoint",
  Project = "project",
  Word = "word",
}
