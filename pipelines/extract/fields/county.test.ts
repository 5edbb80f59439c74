import { describe, expect, it } from 'vitest';
import { recordOf } from '../../../test/extract-text.js';

describe('the county of a short text', () => {
  it('is the county named far more often than any other', () => {
    const page = [
      'Hållbar turism i Visby',
      'Projektet ska utveckla hållbar turism på Gotland. Region Gotland äger projektet.',
      'Besökare på Gotland och i Visby ska få bättre information. Gotland har många besökare från Stockholm.',
      'Arbetet i Visby och på Gotland fortsätter under året.',
    ].join('\n');
    expect(recordOf(page).county).toBe('Gotlands län');
  });

  it('is none where two counties are named about as often', () => {
    const page = [
      'Besöksnäring i samverkan',
      'Projektet drivs av Region Gotland och arbetar i Visby och på Gotland.',
      'Det samarbetar med Stockholm och Norrtälje, där Stockholms stad är partner.',
    ].join('\n');
    expect(recordOf(page).county).toBeNull();
  });
});
