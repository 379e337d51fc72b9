/**
 * A file name part every operating system accepts: accents dropped ("École" → "Ecole"), anything but
 * letters and digits turned into single dashes, at most 120 characters.
 */
export function fileNamePart(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 120);
}
