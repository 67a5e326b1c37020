import { render, screen } from '@testing-library/react';
import { expect, test } from 'vitest';
import { parseRuntimeConfig } from './runtime-config';
import type { ConfigProblem } from './runtime-config';
import { StartupErrorPage } from './startup-error-page';

function problemFor(raw: unknown): ConfigProblem {
  const result = parseRuntimeConfig(raw);
  if (result.ok) throw new Error('expected an invalid config');
  return result.problem;
}

test('a base URL with credentials: the page names the field and the fix, in Chinese, without the password', () => {
  render(<StartupErrorPage problem={problemFor({ feed: { mode: 'http', baseUrl: 'http://admin:s3cret@host.example/api' } })} locale="zh-CN" />);

  const alert = screen.getByRole('alert');
  expect(alert).toHaveTextContent(
    '配置文件 config.json 中的“feed.baseUrl”无效：应为 不含用户名和密码的地址（config.json 对每位访问者公开，凭据不能写在这里；请改由服务器或代理完成认证），实际为 "http://***@host.example/api"。',
  );
  expect(document.body.textContent).not.toMatch(/s3cret|admin/);
});

test('the same page in English', () => {
  render(<StartupErrorPage problem={problemFor({ feed: { mode: 'http', baseUrl: 'http://admin:s3cret@host.example/api' } })} locale="en" />);

  expect(screen.getByRole('alert')).toHaveTextContent(
    'config.json has an invalid “feed.baseUrl”: expected a URL without a user name or password (config.json is public to every visitor, so credentials do not belong in it; let the server or a proxy authenticate), got "http://***@host.example/api".',
  );
  expect(document.body.textContent).not.toMatch(/s3cret|admin/);
});

test('a refresh interval past the timer limit: the page gives the allowed range and the value found', () => {
  render(<StartupErrorPage problem={problemFor({ feed: { mode: 'fixtures' }, refreshIntervalSeconds: 2_592_000 })} locale="zh-CN" />);

  expect(screen.getByRole('alert')).toHaveTextContent(
    '配置文件 config.json 中的“refreshIntervalSeconds”无效：应为 10 至 86400 之间的秒数（最长 1 天），或用 0 / null 关闭自动刷新，实际为 2592000。',
  );
});

test('what each field should be is written in the page’s language, not left in English', () => {
  render(<StartupErrorPage problem={problemFor({ feed: { mode: 'grpc' } })} locale="zh-CN" />);
  expect(screen.getByRole('alert')).toHaveTextContent('配置文件 config.json 中的“feed.mode”无效：应为 "fixtures" 或 "http"，实际为 "grpc"。');
});
