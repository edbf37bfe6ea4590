import { ImportedXmlComponent, TextRun, type XmlComponent } from 'docx';

/**
 * Word fields written with their result, which docx does not offer for page references and page counts: the field
 * characters and the instruction, as Word writes them, and the result between them, so a reader sees the number
 * before (or without) updating the field.
 */

/** A bare WordprocessingML element. */
export const element = (name: string, attributes?: Record<string, string | boolean>, children: ReadonlyArray<XmlComponent | string> = []): ImportedXmlComponent => {
  const written = new ImportedXmlComponent(name, attributes);
  for (const child of children) written.push(child);
  return written;
};

/** A field character; `dirty` asks Word to update the field when it opens the document. */
export const fieldChar = (type: 'begin' | 'separate' | 'end', dirty = false): ImportedXmlComponent =>
  element('w:fldChar', { 'w:fldCharType': type, ...(dirty ? { 'w:dirty': true } : {}) });

export const instruction = (text: string): ImportedXmlComponent => element('w:instrText', { 'xml:space': 'preserve' }, [text]);

export interface FieldOptions {
  /** The result written with the field; without it the field is written dirty, for Word to fill in. */
  result?: string | undefined;
  /** Type size in half-points. */
  size?: number;
}

/** A field in one run: begin, instruction, separate, its result, end (as docx writes page references). */
export const fieldRun = (code: string, options: FieldOptions = {}): TextRun =>
  new TextRun({
    ...(options.size ? { size: options.size } : {}),
    children: [fieldChar('begin', options.result === undefined), instruction(code), fieldChar('separate'), ...(options.result === undefined ? [] : [options.result]), fieldChar('end')],
  });

/**
 * A field in runs of its own, each with the run formatting: begin, instruction, separate with the result, end.
 * LibreOffice shows the result of a field written in one run in the paragraph's type size, not the run's.
 */
export const fieldRuns = (code: string, options: FieldOptions = {}): TextRun[] => {
  const run = (children: ReadonlyArray<XmlComponent | string>): TextRun => new TextRun({ ...(options.size ? { size: options.size } : {}), children: [...children] });
  return [
    run([fieldChar('begin', options.result === undefined)]),
    run([instruction(code)]),
    run([fieldChar('separate'), ...(options.result === undefined ? [] : [options.result])]),
    run([fieldChar('end')]),
  ];
};
