import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/lib/chromium/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const shots = [
  ['/', 'start'], ['/beallitas/5', 'step5'], ['/beallitas/7', 'step7'], ['/ellenorzes', 'check'], ['/biztonsagi-lap', 'sheet'], ['/gyik', 'faq'], ['/adatvedelem','privacy']
];
for (const [path, name] of shots) {
  const p = await b.newPage({ viewport: { width: 390, height: 800 } });
  await p.goto('http://localhost:4173' + path, { waitUntil: 'networkidle' });
  if (name === 'check' || name === 'sheet') {
    const f = p.getByLabel(name === 'check' ? 'Kulcs' : 'Kulcs (nem kötelező)', { exact: true });
    await f.fill('jbsw y3dp ehpk 3pxp'); await f.press('Tab');
    if (name === 'check') await p.getByRole('button', { name: 'Kód mutatása' }).click();
    if (name === 'sheet') { await p.getByLabel('Törlőkód (nem kötelező)').fill('K7QX-92MB-RT4Z'); await p.getByLabel('Ügyfélkapus felhasználónév (nem kötelező)').fill('minta123'); }
  }
  await p.waitForTimeout(500);
  await p.screenshot({ path: `/tmp/s-${name}.png`, fullPage: true });
  if (name === 'sheet') { await p.setViewportSize({ width: 794, height: 1123 }); await p.emulateMedia({ media: 'print' }); await p.waitForTimeout(300); await p.screenshot({ path: '/tmp/s-print.png', fullPage: true }); }
  await p.close();
}
await b.close();
