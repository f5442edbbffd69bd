// A course platform for the SCORM package: the built zip unpacked into a temporary folder beside a host
// page that makes scorm-again's Scorm12API (a real LMS-side SCORM 1.2 runtime) the page's `window.API`,
// logs every call the SCO makes, and frames the SCO named in its query (`?sco=cases/x.html`).
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { PACKAGE_FILE } from '../../../src/scorm/package';

export const ZIP = join('dist', 'downloads', PACKAGE_FILE);

const hostScript = `(function () {
  var api = new Scorm12API({ autocommit: false, logLevel: 5 });
  var calls = [];
  ['LMSInitialize', 'LMSSetValue', 'LMSCommit', 'LMSFinish'].forEach(function (name) {
    var call = api[name].bind(api);
    api[name] = function () {
      var args = Array.prototype.slice.call(arguments);
      var result = call.apply(null, args);
      calls.push([name].concat(args, [String(result)]));
      return result;
    };
  });
  window.API = api;
  window.lmsCalls = calls;
  var sco = new URLSearchParams(location.search).get('sco');
  var frame = document.createElement('iframe');
  frame.title = 'Course content';
  frame.width = '800';
  frame.height = '900';
  frame.src = 'package/' + sco;
  document.body.appendChild(frame);
})();`;

const hostPage = '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Course</title>'
  + '<script src="scorm12.min.js"></script></head><body><h1>Course</h1><script src="lms-host.js"></script></body></html>';

/** The folder holding host.html, the runtime and package/ (the zip unpacked); returns its path. */
export function unpackLms(): { folder: string; files: string[] } {
  const folder = mkdtempSync(join(tmpdir(), 'itp-lms-'));
  const entries = unzipSync(new Uint8Array(readFileSync(ZIP)));
  for (const [path, bytes] of Object.entries(entries)) {
    const target = join(folder, 'package', path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, bytes);
  }
  copyFileSync(join('node_modules', 'scorm-again', 'dist', 'scorm12.min.js'), join(folder, 'scorm12.min.js'));
  writeFileSync(join(folder, 'lms-host.js'), hostScript);
  writeFileSync(join(folder, 'host.html'), hostPage);
  return { folder, files: Object.keys(entries) };
}
