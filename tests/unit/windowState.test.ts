import { describe, expect, it } from 'vitest';
import { restorableState } from '../../src/main/window/bounds';

const laptop = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('remembered window place', () => {
  it('is restored when it is on a screen that exists', () => {
    expect(restorableState({ bounds: { x: 100, y: 80, width: 1300, height: 800 }, maximized: true }, laptop)).toEqual({
      bounds: { x: 100, y: 80, width: 1300, height: 800 },
      maximized: true,
    });
  });
  it('is ignored when it was on a projector that is gone', () => {
    expect(restorableState({ bounds: { x: 2100, y: 50, width: 1300, height: 800 }, maximized: false }, laptop)).toBeNull();
  });
  it('is ignored when damaged or absurd', () => {
    expect(restorableState(null, laptop)).toBeNull();
    expect(restorableState({ bounds: { x: 0, y: 0, width: 'wide', height: 800 } }, laptop)).toBeNull();
    expect(restorableState({ bounds: { x: 0, y: 0, width: 50, height: 50 } }, laptop)).toBeNull();
  });
});
