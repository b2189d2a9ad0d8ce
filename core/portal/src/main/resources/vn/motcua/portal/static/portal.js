/* motcua portal: progressive enhancement only. Every rule here is checked again by the server (FormValidation via
   the engine), which decides; this script only saves a round trip and moves focus to the errors. */
(function () {
  'use strict';
  var doc = document, vi = doc.documentElement.lang !== 'en';
  doc.documentElement.className += ' js';
  var M = vi ? {
    required: 'Vui lòng nhập «%s».', choose: 'Vui lòng chọn «%s».', pattern: '«%s» chưa đúng định dạng.',
    minLength: '«%s» cần ít nhất %n ký tự.', maxLength: '«%s» tối đa %n ký tự.', number: '«%s» phải là số.',
    min: '«%s» không được nhỏ hơn %n.', max: '«%s» không được lớn hơn %n.', date: '«%s» phải là ngày hợp lệ.',
    minDate: '«%s» không được trước ngày %n.', maxDate: '«%s» không được sau ngày %n.',
    citizen_id: '«%s» phải gồm đúng 12 chữ số.', phone: '«%s» phải gồm 10 chữ số, bắt đầu bằng 03, 05, 07, 08 hoặc 09.',
    email: '«%s» chưa đúng định dạng thư điện tử.', fileType: '«%s»: tệp %f không thuộc định dạng cho phép.',
    fileSize: '«%s»: tệp %f vượt quá dung lượng cho phép.', fileCount: '«%s»: tối đa %n tệp.',
    summary: 'Hồ sơ chưa gửi được: có %n lỗi cần sửa'
  } : {
    required: 'Please fill in “%s”.', choose: 'Please choose “%s”.', pattern: '“%s” is not in the expected format.',
    minLength: '“%s” needs at least %n characters.', maxLength: '“%s” takes at most %n characters.', number: '“%s” must be a number.',
    min: '“%s” must be at least %n.', max: '“%s” must be at most %n.', date: '“%s” must be a valid date.',
    minDate: '“%s” must not be before %n.', maxDate: '“%s” must not be after %n.',
    citizen_id: '“%s” must be exactly 12 digits.', phone: '“%s” must be 10 digits starting 03, 05, 07, 08 or 09.',
    email: '“%s” is not a valid email address.', fileType: '“%s”: %f is not an accepted format.',
    fileSize: '“%s”: %f is too large.', fileCount: '“%s”: at most %n files.',
    summary: 'Your dossier was not sent: %n errors to correct'
  };
  function msg(key, label, n, f) { return M[key].replace('%s', label).replace('%n', n).replace('%f', f || ''); }
  // The server's wording of a field's rule (data-msg-*, from the same code as the server's checks) wins over ours.
  var RULE = { required: 'required', choose: 'required', pattern: 'pattern', minLength: 'minlength', maxLength: 'maxlength',
    number: 'number', min: 'min', max: 'max', date: 'date', minDate: 'mindate', maxDate: 'maxdate', citizen_id: 'citizen_id',
    phone: 'phone', email: 'email', fileType: 'accept', fileSize: 'maxbytes', fileCount: 'maxfiles' };
  function say(el, key, label, n, f) {
    var own = el.getAttribute('data-msg-' + RULE[key]);
    return own ? own.replace('{tệp}', f || '') : msg(key, label, n, f);
  }
  function check(el) {
    var label = el.getAttribute('data-label') || el.name, kind = el.getAttribute('data-kind') || '';
    if (el.type === 'radio') {
      if (!el.required) return '';
      var group = el.form.querySelectorAll('input[type=radio][name="' + el.name + '"]');
      for (var i = 0; i < group.length; i++) if (group[i].checked) return '';
      return say(el, 'choose', label);
    }
    if (el.type === 'checkbox') return el.required && !el.checked ? say(el, 'required', label) : '';
    if (el.type === 'file') {
      var files = el.files || [], accept = (el.getAttribute('accept') || '').split(','), max = +el.getAttribute('data-max-bytes');
      var maxFiles = +el.getAttribute('data-max-files') || 1;
      if (el.required && files.length === 0) return say(el, 'required', label);
      if (files.length > maxFiles) return say(el, 'fileCount', label, maxFiles);
      for (var j = 0; j < files.length; j++) {
        if (accept[0] && accept.indexOf(files[j].type) < 0) return say(el, 'fileType', label, 0, files[j].name);
        if (max && files[j].size > max) return say(el, 'fileSize', label, 0, files[j].name);
      }
      return '';
    }
    var v = (el.value || '').trim();
    if (!v) return el.required ? say(el, el.tagName === 'SELECT' ? 'choose' : 'required', label) : '';
    var min = el.getAttribute('data-min'), max2 = el.getAttribute('data-max');
    if (kind === 'citizen_id' && !/^[0-9]{12}$/.test(v.replace(/\s/g, ''))) return say(el, 'citizen_id', label);
    if (kind === 'phone') {
      var d = v.replace(/[^0-9]/g, ''); if (/^\+?84/.test(v.replace(/\s/g, ''))) d = '0' + d.slice(2);
      if (!/^0[35789][0-9]{8}$/.test(d)) return say(el, 'phone', label);
    }
    if (kind === 'email' && !/^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$/.test(v)) return say(el, 'email', label);
    if (kind === 'number') {
      var x = Number(v.replace(',', '.'));
      if (isNaN(x)) return say(el, 'number', label);
      if (min !== null && x < +min) return say(el, 'min', label, min);
      if (max2 !== null && x > +max2) return say(el, 'max', label, max2);
    }
    if (kind === 'date') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return say(el, 'date', label);
      if (el.min && v < el.min) return say(el, 'minDate', label, el.min);
      if (el.max && v > el.max) return say(el, 'maxDate', label, el.max);
    }
    var ml = el.getAttribute('data-minlength'), xl = el.getAttribute('data-maxlength');
    if (ml && v.length < +ml) return say(el, 'minLength', label, ml);
    if (xl && v.length > +xl) return say(el, 'maxLength', label, xl);
    var p = el.getAttribute('data-pattern');
    if (p) { try { if (!new RegExp('^(?:' + p + ')$').test(v)) return say(el, 'pattern', label); } catch (e) { /* the server checks */ } }
    return '';
  }
  function validate(form, e) {
    var fields = form.querySelectorAll('[data-check]'), errors = [], seen = {};
    for (var i = 0; i < fields.length; i++) {
      var el = fields[i];
      if (el.closest('[hidden]') || seen[el.name]) continue;
      seen[el.name] = true;
      var text = check(el), owner = el.getAttribute('data-owner'), slot = doc.getElementById(el.getAttribute('data-error'));
      // Whose field it is, as the server words it: "Người nộp hồ sơ – …" (the owner is written by the server).
      if (text && owner) text = owner + ' – ' + text;
      if (slot) slot.textContent = text;
      var box = el.closest('.field'); if (box) box.classList.toggle('invalid', !!text);
      el.setAttribute('aria-invalid', text ? 'true' : 'false');
      if (text) errors.push({ id: el.id, text: text });
    }
    if (!errors.length) return;
    e.preventDefault();
    var summary = form.querySelector('.error-summary') || doc.createElement('div');
    summary.className = 'error-summary'; summary.setAttribute('role', 'alert'); summary.tabIndex = -1; summary.id = 'error-summary';
    summary.textContent = '';
    var h = doc.createElement('h2'); h.textContent = msg('summary', '', errors.length); summary.appendChild(h);
    var ul = doc.createElement('ul');
    errors.forEach(function (er) {
      var li = doc.createElement('li'), a = doc.createElement('a'); a.href = '#' + er.id; a.textContent = er.text;
      li.appendChild(a); ul.appendChild(li);
    });
    summary.appendChild(ul);
    if (!summary.parentNode) form.insertBefore(summary, form.firstChild);
    summary.focus();
  }
  var forms = doc.querySelectorAll('form[data-validate]');
  for (var i = 0; i < forms.length; i++) {
    forms[i].setAttribute('novalidate', '');
    forms[i].addEventListener('submit', function (e) { validate(this, e); });
  }
  // Optional repeat items stay hidden until asked for; without this script they are simply visible.
  var extras = doc.querySelectorAll('[data-extra]');
  for (var k = 0; k < extras.length; k++) {
    var box = extras[k];
    if (box.querySelector('.invalid') || Array.prototype.some.call(box.querySelectorAll('input,select,textarea'), function (x) {
      return (x.type === 'radio' || x.type === 'checkbox') ? x.checked : x.value;
    })) continue;
    box.hidden = true;
  }
  var adds = doc.querySelectorAll('button[data-add]');
  for (var m = 0; m < adds.length; m++) {
    adds[m].hidden = false;
    adds[m].addEventListener('click', function () {
      var next = doc.querySelector('[data-extra="' + this.getAttribute('data-add') + '"][hidden]');
      if (next) { next.hidden = false; var first = next.querySelector('input,select,textarea'); if (first) first.focus(); }
      if (!doc.querySelector('[data-extra="' + this.getAttribute('data-add') + '"][hidden]')) this.hidden = true;
    });
  }
  // Ask once: the applicant's phone, ID and e-mail fill the declaration's field of the same kind while it is empty or
  // still holds the copied value; the server fills it too when it arrives empty.
  var sources = doc.querySelectorAll('[data-fills]');
  for (var f = 0; f < sources.length; f++) {
    (function (source) {
      var target = doc.getElementById(source.getAttribute('data-fills')), copied = '';
      if (!target) return;
      source.addEventListener('input', function () {
        if (target.value === '' || target.value === copied) { target.value = source.value; copied = source.value; }
      });
    })(sources[f]);
  }
  // Copy buttons (dossier codes): shown only where the browser can copy; the code stays selectable text anyway.
  var copies = doc.querySelectorAll('button[data-copy]');
  for (var c = 0; c < copies.length; c++) {
    if (!navigator.clipboard || !window.isSecureContext) break;
    copies[c].hidden = false;
    copies[c].addEventListener('click', function () {
      var button = this, target = doc.getElementById(button.getAttribute('data-copy'));
      if (!target) return;
      navigator.clipboard.writeText(target.textContent.trim()).then(function () {
        var status = button.nextElementSibling && button.nextElementSibling.getAttribute('role') === 'status'
          ? button.nextElementSibling : doc.createElement('span');
        status.setAttribute('role', 'status'); status.className = 'meta'; status.textContent = button.getAttribute('data-copied');
        if (!status.parentNode) button.parentNode.insertBefore(status, button.nextSibling);
      });
    });
  }
  var summary0 = doc.getElementById('error-summary');
  if (summary0) summary0.focus();
})();
