#!/usr/bin/env node
// `npm start`: the webpack dev server over https on localhost (a self-signed certificate made by
// webpack-dev-server: office-addin-dev-certs needs sudo to install its CA), then where to look:
// the demo page, and how to sideload the add-in into Excel. Works after a plain `npm ci`.
// Options: --port N (default 3000), --http (plain http, e.g. behind a tunnel).
import { spawn } from 'node:child_process';
import { request } from 'node:https';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = Number(portArg >= 0 ? args[portArg + 1] : (process.env.PORT ?? 3000));
const http = args.includes('--http');
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`start: not a port number: ${args[portArg + 1] ?? process.env.PORT}`);
  process.exit(2);
}
const scheme = http ? 'http' : 'https';
const base = `${scheme}://localhost:${port}`;

const webpackCli = path.join(root, 'node_modules', 'webpack-cli', 'bin', 'cli.js');
const envArgs = ['--env', `port=${port}`, ...(http ? ['--env', 'http=1'] : [])];
const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development', ...envArgs], {
  cwd: root,
  stdio: 'inherit',
});

function probe() {
  return new Promise((resolve) => {
    const get = http ? httpRequest : request;
    const req = get(
      `${base}/index.html`,
      { method: 'HEAD', rejectUnauthorized: false, timeout: 2000 },
      (res) => {
        res.resume();
        resolve(res.statusCode === 200);
      },
    );
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
    req.end();
  });
}

function banner() {
  const lines = [
    '',
    'Klant Inzicht is running.',
    '',
    `  Demo (no Excel needed):   ${base}/index.html`,
    `  Task pane:                ${base}/taskpane.html  (outside Office it opens the demo)`,
    '',
    '  Sideload into Excel on the web:',
    '    open a workbook in Excel on the web > Home > Add-ins > More add-ins / Upload My Add-in,',
    '    and choose manifest.xml from this folder.',
    '  Sideload into Excel desktop (Windows or Mac only):  npm run sideload:desktop',
    '',
    http
      ? '  Plain http: Excel only loads add-ins over https; use this behind an https tunnel.'
      : '  The certificate is self-signed: open the demo address once and accept it in your browser,',
    http ? '' : '  or Excel on the web will refuse to load the pane.',
    '  Stop with Ctrl+C.',
    '',
  ];
  console.log(lines.join('\n'));
}

let stopped = false;
server.on('exit', (code, signal) => {
  stopped = true;
  process.exit(code ?? (signal ? 1 : 0));
});
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    if (!stopped) server.kill(sig);
  });
}

// The first development build takes a while; tell the user where to go once it answers.
const deadline = Date.now() + 10 * 60_000;
while (!stopped && Date.now() < deadline) {
  if (await probe()) {
    banner();
    break;
  }
  await new Promise((r) => setTimeout(r, 1000));
}
