/**
 * algorithmGrades and thresholds: the ASH 2019 grades and the numbers the algorithm decides on, as pages
 * read them (guidelines.md §1.2–1.3, §3.1, §4.2; DESIGN.md "Meanings the contract fixes").
 */
import { describe, expect, it } from 'vitest';
import { algorithmGrades, recommend, thresholds, type Grade } from '../../../../src/engine/algorithm';
import { algorithmNodes } from '../../../../src/engine/algorithm/graph';

describe('algorithmGrades (guidelines.md §1.2–1.3)', () => {
  const byRecommendation = new Map<string, Grade>(algorithmGrades().map((grade) => [grade.recommendation, grade]));

  it.each([
    ['ash-2019 rec 1b', 'strong', 'secondary'], // Strong ◐
    ['ash-2019 rec 3', 'strong', 'secondary'], // Strong ◐
    ['ash-2019 rec 4', 'conditional', 'secondary'], // Conditional ◐
    ['ash-2019 rec 6', 'conditional', 'UNVERIFIED'],
    ['ash-2019 rec 7', 'conditional', 'UNVERIFIED'],
    ['ash-2019 rec 8', 'conditional', 'UNVERIFIED'],
    ['ash-2019 rec 9', 'conditional', 'UNVERIFIED'],
    ['ash-2019 paediatric, no response to first-line treatment', 'conditional', 'secondary'],
    ['ash-2019 paediatric, no or minor bleeding', 'strong', 'UNVERIFIED'],
    // A short corticosteroid course over IVIG or anti-D: conditional ◐ (§1.3 rows 14–16)
    ['ash-2019 paediatric, mucosal bleeding or reduced quality of life', 'conditional', 'secondary'],
  ])('%s: %s, strength checked: %s; certainty never claimed', (recommendation, strength, strengthStatus) => {
    expect(byRecommendation.get(recommendation)).toEqual({ recommendation, strength, strengthStatus, certainty: 'UNVERIFIED' });
  });

  it('lists each recommendation once, and only those the algorithm carries', () => {
    const grades = algorithmGrades();
    expect(new Set(grades.map((grade) => grade.recommendation)).size).toBe(grades.length);
    expect(grades).toHaveLength(10);
  });

  it('every node that cites a recommendation grades it the same way', () => {
    for (const node of algorithmNodes) {
      if (node.kind === 'decision' || node.kind === 'check') continue;
      for (const grade of (node.offers ?? []).flatMap((offer) => offer.grades ?? [])) {
        expect(byRecommendation.get(grade.recommendation)).toEqual(grade);
      }
    }
  });

  it('gives the grades recommend() returns', () => {
    const result = recommend({
      ageYears: 45, count: 15, bleeding: 'minor', monthsSinceDiagnosis: 14,
      prior: [{ therapy: 'corticosteroids', outcome: 'dependent' }, { therapy: 'ivig', outcome: 'no-response' }],
    });
    const returned = result.ok ? result.value.options.flatMap((option) => option.grades ?? []) : [];
    expect(returned.length).toBeGreaterThan(0);
    for (const grade of returned) expect(byRecommendation.get(grade.recommendation)).toEqual(grade);
  });

  it('gives copies: changing them changes nothing the algorithm returns', () => {
    const [first] = algorithmGrades();
    first.strength = first.strength === 'strong' ? 'conditional' : 'strong';
    expect(algorithmGrades()[0].strength).not.toBe(first.strength);
  });
});

describe('thresholds', () => {
  it.each([
    ['adultFromYears', 18], // DESIGN.md: a child is younger than 18
    ['persistentFromMonths', 3], // IWG 2009
    ['chronicAfterMonths', 12], // IWG 2009
    ['splenectomyFromMonths', 12], // ASH 2011, ASH 2019 rec 7 remark
    ['highRiskCountBelow', 10], // guidelines.md §4.2
    ['admissionCountBelow', 20], // ASH 2019 rec 2a
    ['observeFromCount', 30], // ASH 2019 rec 1b
  ] as const)('%s is %d', (name, value) => {
    expect(thresholds[name]).toBe(value);
  });
});
