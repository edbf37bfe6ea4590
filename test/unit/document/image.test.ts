import { describe, expect, it } from 'vitest';
import { imageFromDataUrl, svgSize } from '../../../shared/document/image';
import { LOGO_PNG } from './fixture';

const dataUrl = (svg: string): string => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;

describe('logo pictures for the cover', () => {
  it('reads an SVG logo with its size, so it keeps its proportions on the cover', () => {
    const image = imageFromDataUrl(dataUrl('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 240"><rect width="200" height="240"/></svg>'));
    expect(image).toMatchObject({ format: 'svg', widthPx: 200, heightPx: 240 });
  });

  it('takes the size an SVG gives itself, in any unit, and the proportions of its viewBox when only one side is given', () => {
    expect(svgSize('<svg width="50mm" height="60mm" viewBox="0 0 10 10">')).toEqual({ width: (50 * 96) / 25.4, height: (60 * 96) / 25.4 });
    expect(svgSize('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="300" viewBox="0,0,200,100"/>')).toEqual({ width: 300, height: 150 });
    expect(svgSize('<svg width="100%" height="100%" viewBox="0 0 64 32" stroke-width="3">')).toEqual({ width: 64, height: 32 });
    expect(svgSize('<svg>')).toEqual({ width: 300, height: 300 });
    expect(svgSize('<html>not a picture</html>')).toBeNull();
  });

  it('still reads PNG logos, and refuses what is not a picture', () => {
    expect(imageFromDataUrl(LOGO_PNG)).toMatchObject({ format: 'png', widthPx: 160, heightPx: 160 });
    expect(imageFromDataUrl(dataUrl('just text'))).toBeNull();
    expect(imageFromDataUrl('data:image/gif;base64,R0lGOD')).toBeNull();
  });
});
