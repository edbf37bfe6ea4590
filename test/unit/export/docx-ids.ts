/**
 * A part's XML with the ids docx numbers per process or draws at random renumbered in order of appearance, so two
 * writings of one document compare equal: bookmark ids and drawing ids (wp:docPr) come from counters that live as
 * long as the process, so a second document starts where the first stopped; hyperlinks' relationship ids are
 * rId + 21 random characters. The order is the same, only the numbers move.
 */
const renumber = (xml: string, pattern: RegExp): string => {
  const ids = new Map<string, number>();
  return xml.replace(pattern, (_match, head: string, id: string) => {
    if (!ids.has(id)) ids.set(id, ids.size + 1);
    return `${head}${ids.get(id)}"`;
  });
};

export const normaliseDocxIds = (xml: string): string =>
  renumber(renumber(renumber(xml, /(<w:bookmark(?:Start|End)\b[^>]*? w:id=")(\d+)"/g), /(<wp:docPr\b[^>]*? id=")(\d+)"/g), /((?:r:id|Id)="rId)([0-9A-Za-z_-]{12,})"/g);
