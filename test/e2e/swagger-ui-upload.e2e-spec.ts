import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { aPdf } from '../builders/documents.builders';
import { aBuildingWithUnits } from '../builders/registry.builders';
import { createTestApp, TestApp } from '../support/test-app';
import { TenantSession } from '../support/tenant-session';

/** Debian's chromium (apt-get install chromium) or the one CHROMIUM_PATH names; none on a bare CI machine. */
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find(
  (path): path is string => !!path && existsSync(path),
);

/** Flags for a closed network: without them Chromium keeps trying to reach Google's hosts. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** An IPv4 address of this machine other than loopback, so /docs is served to a plain-HTTP origin that is not local. */
function nonLoopbackAddress(): string | undefined {
  return Object.values(networkInterfaces())
    .flat()
    .find((address) => address?.family === 'IPv4' && !address.internal)?.address;
}

if (!CHROMIUM) {
  console.warn('Swagger UI browser test skipped: no chromium binary (install Debian chromium or set CHROMIUM_PATH)');
}

(CHROMIUM ? describe : describe.skip)("Swagger UI's Try it out", () => {
  let api: TestApp;
  let browser: Browser;
  let origin: string;
  let files: string;

  beforeAll(async () => {
    api = await createTestApp();
    await api.app.listen(0, '0.0.0.0');
    const { port } = api.app.getHttpServer().address() as { port: number };
    const host = nonLoopbackAddress();
    if (!host) console.warn('No address other than loopback: /docs is checked on 127.0.0.1');
    origin = `http://${host ?? '127.0.0.1'}:${port}`;
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    files = mkdtempSync(join(tmpdir(), 'koprogo-swagger-ui-'));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await api?.close();
    if (files) rmSync(files, { recursive: true, force: true });
  });

  it('renders /docs on a plain-HTTP origin and uploads a document with the form as the schema lists it', async () => {
    const syndic = await TenantSession.forNewOrganization(api.app);
    const { buildingId } = await aBuildingWithUnits(syndic, [1000]);
    const pdf = join(files, 'pv-ag.pdf');
    writeFileSync(pdf, aPdf());

    const page = await browser.newPage();
    const refused: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') refused.push(message.text());
    });
    await page.goto(`${origin}/docs`);
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 30_000 });

    await page.locator('button.authorize').first().click();
    await page.locator('.modal-ux input[type=text]').first().fill(syndic.token);
    await page.locator('.modal-ux .auth-btn-wrapper button.authorize').click();
    await page.locator('.modal-ux button.btn-done').click();

    // The page opens on the list of tags: expand the documents tag.
    await page.locator('#operations-tag-documents').click();
    const operation = page.locator('[id^="operations-documents-"][id$="_upload"]');
    await operation.locator('.opblock-summary').first().click();
    await operation.locator('button.try-out__btn').click();
    const form = operation.locator('.opblock-body');
    await form.locator('input[type=file]').setInputFiles(pdf);
    const field = (name: string, element = 'input[type=text]') =>
      form.locator(`tr[data-property-name="${name}"] ${element}`);
    await field('buildingId').fill(buildingId);
    await field('type', 'select').selectOption('minutes');
    await field('title').fill('PV AG 2026 (Swagger UI)');
    // Swagger UI fills optional ids with a sample UUID, which would name a meeting and an expense that do not exist.
    await field('meetingId').fill('');
    await field('expenseId').fill('');
    await operation.locator('button.execute').click();

    const status = operation.locator('.live-responses-table .response .response-col_status').first();
    await status.waitFor({ timeout: 30_000 });
    const body = await operation.locator('.live-responses-table .response .microlight').first().innerText();
    expect({ status: (await status.innerText()).trim(), body }).toMatchObject({ status: '201' });
    expect(JSON.parse(body)).toMatchObject({
      buildingId,
      title: 'PV AG 2026 (Swagger UI)',
      mimeType: 'application/pdf',
    });
    expect(refused.filter((text) => /Content Security Policy|ERR_/i.test(text))).toEqual([]);
    await page.close();
  }, 120_000);
});
