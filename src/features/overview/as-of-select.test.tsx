import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { expect, test, vi } from 'vitest';
import { I18nProvider } from '../../i18n/i18n-context';
import { AsOfSelect } from './as-of-select';

const MONTHS = ['2020-12', '2020-11', '2020-10'];

function renderSelect(value: string, onChange = vi.fn<(asOf: string) => void>()) {
  const view = render(
    <I18nProvider locale="zh-CN">
      <AsOfSelect months={MONTHS} latest="2020-12" value={value} onChange={onChange} />
    </I18nProvider>,
  );
  const rerender = (next: string) =>
    view.rerender(
      <I18nProvider locale="zh-CN">
        <AsOfSelect months={MONTHS} latest="2020-12" value={next} onChange={onChange} />
      </I18nProvider>,
    );
  return { onChange, rerender };
}

test('a month picked shows at once, while the overview has not yet rendered it (it follows a step behind)', async () => {
  const { onChange, rerender } = renderSelect('2020-12');
  const select = screen.getByRole('combobox', { name: '数据截至' });

  await userEvent.selectOptions(select, '2020-10');
  expect(onChange).toHaveBeenCalledWith('2020-10');
  // The overview has not caught up (its value is still December): the list does not spring back.
  expect(select).toHaveValue('2020-10');
  expect(screen.getByRole('option', { name: '2020年10月' })).toHaveProperty('selected', true);

  // Caught up: the value shown is the overview's.
  rerender('2020-10');
  expect(select).toHaveValue('2020-10');
  // A month set from elsewhere (the link, a new replay day) replaces the one picked earlier.
  rerender('2020-11');
  expect(select).toHaveValue('2020-11');
});
