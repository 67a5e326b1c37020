import { expect, test } from 'vitest';
import { atRiskBand, judgeAtLeast, judgeAtMost, meetsAtLeast, meetsAtMost } from './kpi-status';

// The 2020 targets: review cycles of at most 16 (high-value patents) and 4 months (trademarks),
// and pledge financing 20% above 2019's 1515 亿元, i.e. at least 1818 亿元.
const REQUIRED_2020 = 1515 * 1.2;

test('a December total exactly at the required 1818 亿元 meets the growth target; 0.1 less misses it', () => {
  expect(meetsAtLeast(1818, REQUIRED_2020)).toBe(true);
  expect(meetsAtLeast(1817.9, REQUIRED_2020)).toBe(false);
  expect(meetsAtLeast(2180, REQUIRED_2020)).toBe(true);
});

test('a review cycle of exactly 16.0 months meets "16 months or less"; 16.1 misses it', () => {
  expect(meetsAtMost(16, 16)).toBe(true);
  expect(meetsAtMost(14, 16)).toBe(true);
  expect(meetsAtMost(16.1, 16)).toBe(false);
  // A value computed as 0.1 + 0.2 is 0.3 for the verdict, not 0.30000000000000004 > 0.3.
  expect(meetsAtMost(0.1 + 0.2, 0.3)).toBe(true);
});

test('a cycle projected at the target is on track, up to 5% over is at risk, beyond that off track', () => {
  expect(judgeAtMost(15.2, 16)).toBe('on-track');
  expect(judgeAtMost(16, 16)).toBe('on-track');
  expect(judgeAtMost(16.1, 16)).toBe('at-risk');
  // 16 × 1.05 = 16.8: still at risk.
  expect(judgeAtMost(16.8, 16)).toBe('at-risk');
  expect(judgeAtMost(16.9, 16)).toBe('off-track');
  expect(judgeAtMost(4.2, 4)).toBe('at-risk');
  expect(judgeAtMost(4.3, 4)).toBe('off-track');
});

test('the verdict is not tipped by binary rounding: exactly at the target or exactly 5% away reads as such', () => {
  // 0.1 + 0.2 is 0.30000000000000004; 1.9 × 1.05 is 1.9949999999999999; 1024.4 × 0.95 is 973.1800000000001.
  expect(judgeAtMost(0.1 + 0.2, 0.3)).toBe('on-track');
  expect(judgeAtMost(1.995, 1.9)).toBe('at-risk');
  expect(judgeAtLeast(973.18, 1024.4)).toBe('at-risk');
  // 1025.9 × 1.2 is 1231.0800000000002: a total of 1231.08 meets a 20% growth over 1025.9.
  expect(judgeAtLeast(1231.08, 1025.9 * 1.2)).toBe('on-track');
  expect(meetsAtLeast(1231.08, 1025.9 * 1.2)).toBe(true);
});

test('a projected total at the required level is on track, down to 95% of it at risk, below that off track', () => {
  expect(judgeAtLeast(1818, REQUIRED_2020)).toBe('on-track');
  expect(judgeAtLeast(2000, REQUIRED_2020)).toBe('on-track');
  expect(judgeAtLeast(1817.9, REQUIRED_2020)).toBe('at-risk');
  // 1818 × 0.95 = 1727.1: still at risk.
  expect(judgeAtLeast(1727.1, REQUIRED_2020)).toBe('at-risk');
  expect(judgeAtLeast(1727, REQUIRED_2020)).toBe('off-track');
});

test('the at-risk band of each kind of target is where judging says at risk', () => {
  const [cycleFrom, cycleTo] = atRiskBand('at-most', 16);
  const [amountFrom, amountTo] = atRiskBand('at-least', 3200);
  expect(cycleFrom).toBe(16);
  expect(cycleTo).toBeCloseTo(16.8, 12);
  expect(judgeAtMost(16.8, 16)).toBe('at-risk');
  expect(amountFrom).toBeCloseTo(3040, 9);
  expect(amountTo).toBe(3200);
  expect(judgeAtLeast(3040, 3200)).toBe('at-risk');
  expect(atRiskBand('growth-at-least', 20)[0]).toBeCloseTo(14, 12);
  expect(atRiskBand('growth-at-least', 20)[1]).toBe(20);
});
