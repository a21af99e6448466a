// [SECTION] Storage: one JSON string per key, namespaced for the site ("newsquiz:<key>").
// localStorage first (another tab may have written since); the page's copy in memory when
// it is missing or full, so nothing is lost until the page closes (said once).
// data-storage="none" keeps its own copy in memory, shared only by the page's other "none" widgets.
import { log } from './log.js';

export const PREFIX = 'newsquiz:';
var memories = { local: {}, none: {} };  // by data-storage: key -> the last value written by this page
var unsaved = {};    // keys whose last write did not reach localStorage
var storageWarned = {};

function warnOnce(key, message) {
  if (storageWarned[key]) return;
  storageWarned[key] = true;
  log('warn', message);
}

export function createStorage(kind) {
  var local = null, memory = memories[kind];
  if (kind !== 'none') {
    try {
      local = window.localStorage;
      local.getItem(PREFIX + 'probe');
    } catch (e) {
      local = null;
      warnOnce('unavailable', 'localStorage is not available here (' + e.name + '): progress lasts until the page closes. ' +
        'Set data-storage="none" to silence this.');
    }
  }
  return {
    kind: local ? 'local' : 'none',
    get: function (key) {
      if (local && !unsaved[key]) {
        try { return local.getItem(PREFIX + key); } catch (e) { /* as if unavailable */ }
      }
      return Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : null;
    },
    set: function (key, value) {
      memory[key] = value;
      if (!local) return true;
      try {
        local.setItem(PREFIX + key, value);
        delete unsaved[key];
        return true;
      } catch (e) {
        unsaved[key] = true;
        warnOnce('quota', 'could not save progress (' + e.name + ': storage is full or blocked); it is kept until the page ' +
          'closes. Free some of this site\'s storage to keep it across visits.');
        return false;
      }
    },
  };
}

export function randomHex(bytes) {
  var a = new Uint8Array(bytes);
  crypto.getRandomValues(a);
  var s = '';
  for (var i = 0; i < a.length; i++) s += (a[i] < 16 ? '0' : '') + a[i].toString(16);
  return s;
}

// The reader's local day number (days since 1970-01-01 in their time zone): streaks, reviews.
export function localDay(ms) {
  return Math.floor((ms - new Date(ms).getTimezoneOffset() * 60000) / 86400000);
}
