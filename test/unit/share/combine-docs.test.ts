import { describe, expect, it } from 'vitest';
import { richDocFromText, richDocToText } from '../../../shared/model';
import { combineDocs } from '../../../renderer/src/features/share/combine-docs';

const doc = (...paragraphs: string[]) => richDocFromText(paragraphs.join('\n'));

describe('combining two versions of a section', () => {
  it("keeps the latest version and adds the participant's new paragraphs after it", () => {
    const latest = doc('Latar belakang dari Bappeda.', 'Data penduduk 2024.');
    const mine = doc('Latar belakang dari Bappeda.', 'Layanan publik digital Diskominfo.');
    expect(richDocToText(combineDocs(latest, mine))).toBe(richDocToText(doc('Latar belakang dari Bappeda.', 'Data penduduk 2024.', 'Layanan publik digital Diskominfo.')));
  });

  it('a paragraph both versions hold appears once', () => {
    const same = doc('Satu paragraf yang sama.');
    expect(combineDocs(same, same).content).toHaveLength(1);
  });

  it('an empty version adds nothing and loses nothing', () => {
    const text = doc('Draf pertama.');
    expect(combineDocs(text, doc()).content).toEqual(text.content);
    expect(combineDocs(doc(), text).content).toEqual(text.content);
  });
});
