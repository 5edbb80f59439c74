import { describe, expect, it } from 'vitest';
import { explainText, recordOf } from '../../../test/extract-text.js';
import { buildView } from '../document.js';
import { OWNER_MODEL, ownerCandidates } from './owner-model.js';

const view = (text: string) => buildView([text]);

describe('owner model', () => {
  it('is a trained table that says where it comes from', () => {
    expect(OWNER_MODEL.labels).toEqual(['other', 'owner']);
    expect(Object.keys(OWNER_MODEL.weights).length).toBeGreaterThan(500);
    expect(OWNER_MODEL.about).toMatch(/labelled real texts/);
  });

  it('takes every organisation a text names as a candidate, whole and without a contact person after it', () => {
    const names = ownerCandidates(
      view(
        'Projektet drivs i samverkan. Kontakt: Lycksele kommun Peter Molin. The County Administrative Board of Skåne is receiving support from the EU.',
      ),
    ).map((c) => c.value);
    expect(names).toContain('Lycksele kommun');
    expect(names).toContain('County Administrative Board of Skåne');
    expect(names).not.toContain('County Administrative');
    expect(names).not.toContain('Lycksele kommun Peter Molin');
    const english = ownerCandidates(view('In 2012, the Swedish Agency for Economic and Regional Growth was given SEK 60 million.')).map(
      (c) => c.value,
    );
    expect(english).toContain('Swedish Agency for Economic and Regional Growth');
    expect(english).not.toContain('Swedish Agency');
  });

  it('describes a candidate by the words around it, where it stands and how often it is named', () => {
    const c = ownerCandidates(view('Region Kronoberg driver projektet. Region Kronoberg har anställt en projektledare.')).find(
      (x) => x.value === 'Region Kronoberg',
    );
    expect(c?.features).toEqual(expect.arrayContaining(['shape:region', 'count:2-3', 'a1:driver', 'sent:0', 'cue:run', 'subject']));
  });

  it('names the owner where no rule does, and --why shows the model chose it', () => {
    const text = 'Slaka Hembygdsförening har med stöd från Leader arbetat fram en förstudie om kulturkraft i bygden.';
    expect(recordOf(text).owner).toBe('Slaka Hembygdsförening');
    const owner = explainText(text).choices.find((c) => c.field === 'owner');
    expect(owner?.chosen?.rule).toBe('owner.model');
  });

  it('speaks only where the rules give no owner', () => {
    const r = recordOf('Projektägare: Hushållningssällskapet Halland\nRegion Kronoberg driver också ett projekt om mat.');
    expect(r.owner).toBe('Hushållningssällskapet Halland');
  });
});
