// A citizen's journey through the portal in headless Debian Chromium at a 390×844 phone viewport, with axe-core on
// every page and after every form step. Officer steps go through the staff API with bearer tokens of real accounts.
//
//   node journey.mjs <base-url>      env: BROWSER_CACHE (setup.sh output), MC_TOKEN, CV_TOKEN, LD_TOKEN, SHOTS (optional dir)
import { harness } from './harness.mjs';

const base = process.argv[2];
let page;
const { chromium, steps, log, fail, axe, expectText, failureShot } = await harness(() => page, '');

async function officer(token, code, action, extra = {}) {
  const r = await fetch(`${base}/api/v1/dossiers/${code}/actions`, {
    method: 'POST', headers: { 'Authorization': 'Bearer ' + token, 'Content-Type': 'application/json' },
    body: JSON.stringify({ action, ...extra })
  });
  if (r.status !== 200) fail(`officer ${action} on ${code}: ${r.status} ${await r.text()}`);
  log(`officer: ${action}`);
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, chromiumSandbox: false,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage']
});
const errors = [];
try {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true,
    hasTouch: true, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  await ctx.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
  page = await ctx.newPage();
  page.on('pageerror', e => errors.push('page error: ' + e.message));
  page.on('console', m => { if (m.type() === 'error') errors.push('console: ' + m.text()); });

  // 0. Home: find a procedure in everyday words (a synonym of the configuration, no diacritics), then choose the unit.
  await page.goto(base + '/');
  await axe('home');
  await page.fill('#q', 'giay khai sinh');
  await page.click('form.search button');
  await page.getByRole('link', { name: /Đăng ký khai sinh/ }).first().click();
  await expectText('Chọn đơn vị nơi anh/chị nộp hồ sơ');
  await axe('choose unit');
  await page.fill('#f-unit', 'hoan kiem');
  await page.click('form.search button');
  await expectText('Giờ làm việc');
  await page.getByRole('link', { name: 'Phường Hoàn Kiếm' }).first().click();
  await expectText('Nếu nộp bây giờ, ngày hẹn trả kết quả là');
  log('procedure found as "giay khai sinh", unit chosen with its opening hours');

  // 1. Home: choose a ward by searching without diacritics.
  await page.goto(base + '/');
  await page.fill('#q', 'hoan kiem');
  await page.click('form.search button');
  await page.getByRole('link', { name: 'Phường Hoàn Kiếm' }).first().click();
  await expectText('Thủ tục tại Phường Hoàn Kiếm');
  await axe('catalogue');

  // 2. Catalogue: find the procedure without diacritics.
  await page.fill('#q', 'dang ky khai sinh');
  await page.click('form.search button');
  await page.getByRole('link', { name: /Đăng ký khai sinh/ }).click();
  await expectText('Nếu nộp bây giờ, ngày hẹn trả kết quả là');
  await axe('procedure page');

  // 3. The form: the browser's checks first, with the error summary focused for screen readers.
  await page.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' }).click();
  await expectText('Người nộp hồ sơ');
  await axe('form');
  await page.click('button[type=submit]');
  await page.waitForSelector('#error-summary');
  if (await page.evaluate(() => document.activeElement && document.activeElement.id) !== 'error-summary') fail('error summary not focused');
  const described = await page.getAttribute('#f-hoTenTre', 'aria-describedby');
  if (!described || !(await page.textContent('#' + described.split(' ').pop())).includes('Họ, chữ đệm và tên của trẻ')) fail('error not next to its field');
  log('client-side errors shown next to fields, summary focused');
  await axe('form with errors');

  await page.fill('#f-applicant-name', '<script>alert(1)</script> Trần Thị Mẹ');
  await page.fill('#f-applicant-phone', '0912345678');
  // Ask once: the applicant's phone is already in the declaration; each error names whose field it is.
  if (await page.inputValue('#f-soDienThoai') !== '0912345678') fail('the applicant phone did not fill the declaration');
  if (!(await page.textContent('#e-hoTenTre')).startsWith('Nội dung tờ khai – ')) fail('error without its owner: ' + await page.textContent('#e-hoTenTre'));
  log('declaration pre-filled from the applicant; errors name whose field');
  await page.fill('#f-hoTenTre', 'Nguyễn Văn Bé');
  await page.fill('#f-ngaySinhTre', '2026-11-20');
  await page.check('#f-gioiTinhTre-0');
  await page.fill('#f-noiSinhTre', 'Bệnh viện Phụ sản Hà Nội');
  await page.fill('#f-danTocTre', 'Kinh');
  await page.fill('#f-quocTichTre', 'Việt Nam');
  await page.check('#f-chaMe-0--vaiTro-0');
  await page.fill('#f-chaMe-0--hoTen', 'Trần Thị Mẹ');
  await page.fill('#f-chaMe-0--ngaySinh', '1995-01-01');
  await page.fill('#f-chaMe-0--quocTich', 'Việt Nam');
  await page.setInputFiles('#f-giayChungSinh', { name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.fill('#f-hoTenNguoiYeuCau', 'Trần Thị Mẹ');
  await page.fill('#f-ngaySinh', '1995-01-01');
  await page.fill('#f-soDinhDanh', '001195012345');
  await page.check('#f-quanHe-0');
  await page.check('#f-camDoan');
  await page.check('#f-resultChannel-0');
  await axe('form filled');
  await page.click('button[type=submit]');

  // 3b. Check your answers, then send (issue 13).
  await expectText('Kiểm tra thông tin trước khi gửi');
  await expectText('giay-chung-sinh.pdf');
  await axe('check answers');
  await page.getByRole('button', { name: 'Gửi hồ sơ' }).click();

  // 4. Receipt.
  await expectText('Đã nộp hồ sơ');
  const code = (await page.textContent('.code')).trim();
  if (page.url().includes('0912345678') || page.url().includes('001195012345')) fail('personal data in a URL: ' + page.url());
  log('submitted with an attachment: ' + code);
  await axe('receipt');

  // 5. The one-stop officer receives it: the receipt slip exists.
  await officer(process.env.MC_TOKEN, code, 'accept');
  await page.goto(base + '/ho-so/' + code);
  await expectText('Hẹn trả kết quả');
  const slip = await page.request.get(base + '/ho-so/' + code + '/giay-tiep-nhan.pdf');
  const bytes = await slip.body();
  if (slip.status() !== 200 || !slip.headers()['content-type'].startsWith('application/pdf') || bytes.subarray(0, 4).toString() !== '%PDF') {
    fail('receipt PDF: ' + slip.status());
  }
  log(`receipt PDF ${bytes.length} bytes`);
  if ((await page.content()).includes('<script>alert(1)')) fail('a script tag in a name was rendered as markup');
  await expectText('<script>alert(1)</script> Trần Thị Mẹ');
  log('script tag in the name renders as text');

  // 6. Close, then look the dossier up again with code + phone in a POST form.
  await page.click('text=Kết thúc xem hồ sơ');
  await expectText('Tra cứu hồ sơ');
  await axe('lookup');
  await page.fill('#f-code', code);
  await page.fill('#f-factor', '0999999999');
  await page.click('button[type=submit]');
  await expectText('Không tìm thấy hồ sơ');
  await axe('lookup not found');
  await page.fill('#f-code', code);
  await page.fill('#f-factor', '0912345678');
  await page.click('button[type=submit]');
  await expectText('Đang giải quyết');
  if (page.url().includes('0912345678')) fail('phone in URL');
  await axe('dossier');

  // 7. A specialist asks for a supplement; the citizen uploads it.
  await officer(process.env.MC_TOKEN, code, 'forward');
  await officer(process.env.CV_TOKEN, code, 'request-supplement', { note: 'Đề nghị bổ sung bản chụp rõ nét Giấy chứng sinh.\nGhi rõ họ tên người mẹ.' });
  await page.reload();
  await expectText('Đề nghị bổ sung bản chụp rõ nét Giấy chứng sinh.');
  const asked = page.locator('.notice.keep-lines').first();
  if (!(await asked.innerText()).includes('Giấy chứng sinh.\nGhi rõ')) fail('supplement instructions lost their line break: ' + await asked.innerText());
  if (!(await page.textContent('ol.timeline')).includes('Đơn vị xử lý: Phường Hoàn Kiếm')) fail('the timeline does not name the unit');
  const codeBox = await page.locator('#dossier-code').evaluate(e => e.getClientRects().length);
  if (codeBox !== 1) fail('the dossier code breaks across lines');
  await page.click('button[data-copy]');
  await expectText('Đã sao chép mã hồ sơ');
  log('line breaks kept, timeline names the unit, code on one line and copied');
  await axe('supplement requested');
  await page.setInputFiles('#f-giayChungSinh', { name: 'giay-chung-sinh-ro.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.fill('#f-note', 'Đã chụp lại rõ nét.');
  await page.click('text=Gửi bổ sung');
  await expectText('Đã gửi giấy tờ bổ sung');
  await axe('supplement sent');

  // 8. Processing finishes and the result is returned; the citizen rates once.
  await officer(process.env.CV_TOKEN, code, 'forward');
  await officer(process.env.LD_TOKEN, code, 'approve');
  await officer(process.env.MC_TOKEN, code, 'result-ready');
  await officer(process.env.MC_TOKEN, code, 'return-result');
  await page.goto(base + '/ho-so/' + code);
  await expectText('Đánh giá mức độ hài lòng');
  await axe('rating form');
  await page.click('text=Gửi đánh giá');
  await page.waitForSelector('#error-summary');
  await axe('rating with errors');
  for (const c of ['overall', 'timeliness', 'attitude', 'publicity']) await page.check(`#f-${c}-3`);
  await page.fill('#f-counterContacts', '1');
  await page.fill('#f-agencies', '1');
  await page.fill('#f-comment', 'Cán bộ hướng dẫn tận tình.');
  await page.click('text=Gửi đánh giá');
  await expectText('Cảm ơn anh/chị đã đánh giá');
  await axe('rated');
  await page.reload();
  await expectText('Hồ sơ này đã được đánh giá.');
  if (await page.$('text=Gửi đánh giá')) fail('the rating form is offered twice');
  log('rated once');

  // 9. Feedback about the dossier, then the English switch.
  await page.click('text=Gửi phản ánh, kiến nghị về hồ sơ này');
  await axe('feedback form');
  await page.fill('#f-senderName', 'Trần Thị Mẹ');
  await page.fill('#f-phone', '0912345678');
  await page.fill('#f-content', 'Đề nghị gửi kết quả sớm hơn.');
  await page.click('button:has-text("Gửi phản ánh")');
  await expectText('Đã nhận phản ánh, kiến nghị');
  await axe('feedback sent');
  await page.goto(base + '/phan-anh/tra-cuu');
  await axe('feedback tracking');
  await page.click('text=English');
  await expectText('Track a dossier');
  await axe('english');
  await page.click('text=Tiếng Việt');
  await expectText('Tra cứu hồ sơ');

  if (errors.length) fail('browser errors: ' + errors.join('; '));
  console.log(`PASS portal journey: ${steps.length} steps, chromium ${browser.version()}`);
} catch (e) {
  await failureShot();
  console.error('FAIL ' + e.message + (page ? ' at ' + page.url() : ''));
  process.exitCode = 1;
} finally {
  await browser.close();
}
