/**
 * The engine tags unchecked rules "UNVERIFIED" for developers; a reader sees "not verified", the site's
 * wording for a statement nobody has yet checked against the primary source (About page, editorial policy).
 */
export function readerText(text: string): string {
  return text.replace(/\bUNVERIFIED\b/g, 'Not verified').replace(/([^.:!?]\s)Not verified/g, '$1not verified');
}
