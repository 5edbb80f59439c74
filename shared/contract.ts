import type { ExtractedRecord } from './types/record.js';

/** The fields of the extraction contract, in its order, as `npm run extract` prints them. */
export function toContractRecord(file: string, r: ExtractedRecord): Record<string, unknown> {
  return {
    file,
    projectName: r.projectName,
    documentType: r.documentType,
    language: r.language,
    owner: r.owner,
    diaryNumber: r.diaryNumber,
    period: r.period,
    budget: r.budget,
    county: r.county,
    municipalities: r.municipalities,
    funders: r.funders,
    programme: r.programme,
    projectManager: r.projectManager,
    lessonsLearned: r.lessonsLearned,
    themes: r.themes,
    // A listing's projects, each in the same shape, after the fields of the page itself.
    ...(r.projects?.length ? { projects: r.projects.map((p, i) => toContractRecord(`${file}#${i + 1}`, p)) } : {}),
  };
}
