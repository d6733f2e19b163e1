import { chromium } from '@playwright/test';
const [,, url, out, width = '390', actions = ''] = process.argv;
const b = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const p = await b.newPage({ viewport: { width: Number(width), height: 800 } });
await p.goto(url, { waitUntil: 'networkidle' });
if (actions === 'submit') { await p.getByRole('button', { name: 'Link elkészítése' }).click(); }
await p.screenshot({ path: out, fullPage: true });
await b.close();
