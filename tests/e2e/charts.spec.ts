import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { waitForCardsToSettle } from './kpis';

/**
 * What a reader of the charts relies on, read from the rendered SVG: round y ticks, evenly stepped
 * time ticks, no tick label over another, each target on the axis it is stated in, the met zone
 * ending at the target line. Checked at a desk, a tablet and a phone width, in both languages.
 */

const WIDTHS = [1440, 768, 390] as const;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

interface TickText {
  text: string;
  box: { x: number; y: number; width: number; height: number };
}

interface Panel {
  kpiId: string;
  yTicks: TickText[];
  xTicks: TickText[];
  /** Every text drawn in the plot (ticks and markers). */
  texts: TickText[];
}

/** Every chart panel on the page, with the text of its axes as drawn. */
async function readPanels(page: Page): Promise<Panel[]> {
  return page.locator('.kpi-chart-plot svg').evaluateAll((svgs) =>
    svgs.map((svg) => {
      const read = (selector: string) =>
        [...svg.querySelectorAll(selector)]
          .filter((element) => (element.textContent ?? '').trim() !== '')
          .map((element) => {
            const rect = element.getBoundingClientRect();
            return { text: (element.textContent ?? '').trim(), box: { x: rect.x, y: rect.y, width: rect.width, height: rect.height } };
          });
      return {
        kpiId: svg.closest('[data-kpi-id]')?.getAttribute('data-kpi-id') ?? svg.closest('figure')?.querySelector('figcaption')?.textContent ?? '',
        yTicks: read('.recharts-yAxis-tick-labels text'),
        xTicks: read('.recharts-xAxis-tick-labels text'),
        texts: read('text'),
      };
    }),
  );
}

/** A tick label as a number: "2,000", "−10%", "17.5" (the axis's unit is in the legend). */
function tickValue(text: string): number {
  return Number(text.replace(/,/g, '').replace('−', '-').replace('%', ''));
}

/** A time tick as a count of its own unit: months ("19/4", "Apr 19"), quarters ("19Q2", "Q2 19"), years ("2019"). */
function timeIndex(text: string): { unit: string; index: number } {
  let match = /^(\d{2})\/(\d{1,2})$/.exec(text);
  if (match !== null) return { unit: 'month', index: (2000 + Number(match[1])) * 12 + Number(match[2]) - 1 };
  match = /^([A-Z][a-z]{2}) (\d{2})$/.exec(text);
  if (match !== null) return { unit: 'month', index: (2000 + Number(match[2])) * 12 + MONTHS_EN.indexOf(match[1] ?? '') };
  const quarter = /^(\d{2})Q([1-4])$/.exec(text);
  if (quarter !== null) return { unit: 'quarter', index: (2000 + Number(quarter[1])) * 4 + Number(quarter[2]) - 1 };
  const quarterEn = /^Q([1-4]) (\d{2})$/.exec(text);
  if (quarterEn !== null) return { unit: 'quarter', index: (2000 + Number(quarterEn[2])) * 4 + Number(quarterEn[1]) - 1 };
  if (/^\d{4}$/.test(text)) return { unit: 'year', index: Number(text) };
  throw new Error(`not a time tick: ${text}`);
}

const ROUND = [1, 2, 2.5, 5];
function isRoundStep(step: number): boolean {
  const magnitude = 10 ** Math.floor(Math.log10(step));
  return ROUND.some((multiple) => Math.abs(step - multiple * magnitude) < 1e-9 * magnitude * 10);
}

const EVEN_STEPS: Record<string, number[]> = { month: [1, 2, 3, 6, 12, 24], quarter: [1, 2, 4, 8], year: [1, 2, 5, 10, 20] };

function overlaps(a: TickText['box'], b: TickText['box']): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function expectReadableAxes(panels: Panel[], where: string) {
  expect(panels.length, `${where}: charts drawn`).toBeGreaterThan(0);
  for (const panel of panels) {
    const label = `${where} ${panel.kpiId}`;
    // Round y ticks: a constant step of 1, 2, 2.5 or 5 × 10ⁿ.
    const values = panel.yTicks.map((tick) => tickValue(tick.text));
    expect(values.every(Number.isFinite), `${label}: y ticks ${values.join(' ')}`).toBe(true);
    expect(values.length, `${label}: y ticks`).toBeGreaterThanOrEqual(2);
    const sorted = [...values].sort((a, b) => a - b);
    const step = (sorted[1] ?? 0) - (sorted[0] ?? 0);
    expect(isRoundStep(step), `${label}: y step ${step} in ${sorted.join(' ')}`).toBe(true);
    sorted.forEach((value, index) => {
      if (index > 0) expect(value - (sorted[index - 1] ?? 0), `${label}: even y steps ${sorted.join(' ')}`).toBeCloseTo(step, 6);
    });
    // Time ticks step evenly on the calendar, when the panel shows them.
    if (panel.xTicks.length >= 2) {
      const times = panel.xTicks.map((tick) => timeIndex(tick.text));
      const unit = times[0]?.unit ?? '';
      const gaps = times.slice(1).map((time, index) => time.index - (times[index]?.index ?? 0));
      expect(new Set(gaps).size, `${label}: x ticks ${panel.xTicks.map((tick) => tick.text).join(' ')}`).toBe(1);
      expect(EVEN_STEPS[unit], `${label}: x unit ${unit}`).toContain(gaps[0]);
    }
    // No text drawn over another (ticks of both axes, event markers).
    const texts = panel.texts;
    for (let first = 0; first < texts.length; first += 1) {
      for (let second = first + 1; second < texts.length; second += 1) {
        const a = texts[first] as TickText;
        const b = texts[second] as TickText;
        expect(overlaps(a.box, b.box), `${label}: "${a.text}" overlaps "${b.text}"`).toBe(false);
      }
    }
  }
}

// One page per test: each stays far below its timeout on a loaded machine.
for (const lang of ['zh-CN', 'en'] as const) {
  for (const width of WIDTHS) {
    for (const asOf of ['2020-06', '2020-12']) {
      test(`overview charts as of ${asOf} at ${width} px (${lang}): round y ticks, even time ticks, no label over another`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/?asOf=${asOf}&lang=${lang}`);
        await waitForCardsToSettle(page);
        await expect(page.locator('.kpi-chart[data-drawn="true"]')).toHaveCount(4);
        expectReadableAxes(await readPanels(page), `${asOf} ${width}px`);
      });
    }
  }
}

for (const width of WIDTHS) {
  for (const kpi of ['ip-pledge-financing', 'high-value-patent-review-cycle']) {
    for (const query of ['?granularity=month', '?granularity=quarter', '?granularity=year&from=2017-01', '?from=2017-01&to=2020-12']) {
      test(`${kpi} detail chart (${query}) at ${width} px: round and even ticks, nothing overlapping`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`/kpi/${kpi}${query}`);
        await expect(page.locator('.kpi-chart[data-drawn="true"]')).toHaveCount(1);
        expectReadableAxes(await readPanels(page), `${kpi}${query} ${width}px`);
      });
    }
  }
}

/** The pixel y of a value on a panel's y axis, from two of its ticks. */
async function yOf(page: Page, panel: string, value: number): Promise<number> {
  const ticks = await page.locator(`${panel} .recharts-yAxis-tick-labels text`).evaluateAll((texts) =>
    texts.map((text) => ({ text: text.textContent ?? '', y: Number(text.getAttribute('y')) })),
  );
  const [a, b] = ticks.map((tick) => ({ value: tickValue(tick.text), y: tick.y }));
  if (a === undefined || b === undefined) throw new Error(`${panel}: fewer than two ticks`);
  return a.y + ((value - a.value) * (b.y - a.y)) / (b.value - a.value);
}

test('a review cycle’s target: its line at 16 months, the met zone below it and the at-risk band up to 16.8 months, named in the legend with the value', async ({ page }) => {
  await page.goto('/?asOf=2020-06');
  const card = '[data-kpi-id="high-value-patent-review-cycle"] .kpi-chart-plot[data-panel="value"]';
  await page.locator(`${card} svg`).waitFor();

  // The target is the line in the target's colour (the baseline is dotted grey).
  const target = await page.locator(`${card} line.recharts-reference-line-line[stroke="#b91c1c"]`).first().getAttribute('y1');
  const areas = await page.locator(`${card} .recharts-reference-area-rect`).evaluateAll((elements) =>
    elements.map((element) => {
      const box = (element as SVGGraphicsElement).getBBox();
      return { fill: element.getAttribute('fill'), top: box.y, bottom: box.y + box.height };
    }),
  );
  const met = areas.find((area) => area.fill === '#e3f6e8');
  const risk = areas.find((area) => area.fill === '#fdf0c8');
  expect(Number(target)).toBeCloseTo(await yOf(page, card, 16), 0);
  expect(met?.top).toBeCloseTo(Number(target), 0);
  expect(risk?.bottom).toBeCloseTo(Number(target), 0);
  expect(risk?.top).toBeCloseTo(await yOf(page, card, 16.8), 0);
  const legend = page.locator('[data-kpi-id="high-value-patent-review-cycle"] .chart-legend');
  await expect(legend).toContainText('目标 ≤ 16.0 个月');
  await expect(legend).toContainText('2019年基线 17.3 个月');
  await expect(legend).toContainText('达标区间');
});

test('pledge financing: the 20% growth target is drawn on the growth panel (a % axis), never over the amounts', async ({ page }) => {
  await page.goto('/?asOf=2020-06&lang=en');
  const card = '[data-kpi-id="ip-pledge-financing"]';
  await page.locator(`${card} .kpi-chart-plot[data-panel="growth"] svg`).waitFor();

  const growth = `${card} .kpi-chart-plot[data-panel="growth"]`;
  const amounts = `${card} .kpi-chart-plot[data-panel="value"]`;
  const growthTicks = await page.locator(`${growth} .recharts-yAxis text`).allTextContents();
  expect(growthTicks.every((text) => text.endsWith('%')), growthTicks.join(' ')).toBe(true);
  const target = await page.locator(`${growth} line.recharts-reference-line-line[stroke="#b91c1c"]`).first().getAttribute('y1');
  expect(Number(target)).toBeCloseTo(await yOf(page, growth, 20), 0);
  await expect(page.locator(`${amounts} [stroke="#b91c1c"]`)).toHaveCount(0);
  // At risk from +14% (the status judges the total: 1.2 × 0.95 = 1.14).
  const risk = await page.locator(`${growth} .recharts-reference-area-rect[fill="#fdf0c8"]`).first().evaluate((element) => {
    const box = (element as SVGGraphicsElement).getBBox();
    return { top: box.y, bottom: box.y + box.height };
  });
  expect(risk.bottom).toBeCloseTo(await yOf(page, growth, 14), 0);
  expect(risk.top).toBeCloseTo(Number(target), 0);
  await expect(page.locator(`${card} .chart-legend`)).toContainText('Target growth 20.0%');
});

test('the exported SVG of pledge financing holds both panels, the growth panel below the amounts', async ({ page }) => {
  await page.goto('/?asOf=2020-06');
  const card = page.locator('[data-kpi-id="ip-pledge-financing"]');
  await card.locator('.kpi-chart[data-drawn="true"]').waitFor();
  await card.locator('details.export-disclosure summary').click();
  const download = page.waitForEvent('download');
  await card.getByRole('button', { name: '下载 SVG' }).click();
  const file = await (await download).path();
  const markup = (await import('node:fs')).readFileSync(file, 'utf8');
  // The panels are the figure's top-level groups, each moved to where it was drawn.
  const groups = [...markup.matchAll(/<g xmlns="http:\/\/www\.w3\.org\/2000\/svg" transform="translate\((\d+) (\d+)\)"/g)].map((match) => Number(match[2]));
  expect(groups.length).toBeGreaterThanOrEqual(2);
  expect(groups[1]).toBeGreaterThan(groups[0] ?? Infinity);
  expect(markup).toMatch(/>50%<|>25%<|>40%</);
  expect(markup).toContain('目标增速 20.0%');
});

test('a provisional figure looks provisional in the chart: a hollow point, a pale outlined bar, and the word in the legend', async ({ page }) => {
  // The year in progress ends in June 2020 with June provisional.
  await page.goto('/?scenario=year-in-progress');
  await waitForCardsToSettle(page);
  const highValue = page.locator('[data-kpi-id="high-value-patent-review-cycle"]');
  const pledge = page.locator('[data-kpi-id="ip-pledge-financing"]');
  await expect(highValue.locator('.kpi-chart[data-drawn="true"]')).toBeVisible();
  await expect(pledge.locator('.kpi-chart[data-drawn="true"]')).toBeVisible();

  await expect(highValue.locator('circle.dot-provisional')).toHaveCount(1);
  await expect(highValue.locator('circle.dot-provisional')).toHaveAttribute('fill', '#ffffff');
  await expect(highValue.locator('.chart-legend')).toContainText('初步数据，可能修订');
  await expect(pledge.locator('.kpi-chart-plot[data-panel="value"] [fill="#bfdbfe"]')).toHaveCount(1);
  await expect(pledge.locator('.chart-legend')).toContainText('初步数据，可能修订');
  // A final month looks final: no hollow point on the December view of the normal data.
  await page.goto('/');
  await waitForCardsToSettle(page);
  await expect(page.locator('[data-kpi-id="high-value-patent-review-cycle"] .kpi-chart[data-drawn="true"]')).toBeVisible();
  await expect(page.locator('[data-kpi-id="high-value-patent-review-cycle"] circle.dot-provisional')).toHaveCount(0);
});
