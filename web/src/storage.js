// [SECTION] Storage: one JSON string per key, namespaced for the site ("newsquiz:<key>").
// localStorage first (another tab may have written since); the page's copy in memory when
// it is missing or full, so nothing is lost until the page closes (said once).
// data-storage="none" keeps its own copy in memory, shared only by the page's other "none" widgets.
import { log } from './log.js';

export const PREFIX = 'newsquiz:';
var memories = { local: {}, none: {}, ask: {} };  // by data-storage: key -> the last value written by this page
var unsaved = {};    // keys whose last write did not reach localStorage
var storageWarned = {};

function warnOnce(key, message) {
  if (storageWarned[key]) return;
  storageWarned[key] = true;
  log('warn', message);
}

export function createStorage(kind) {
  var local = null, memory = memories[kind];
  if (kind === 'ask') return askingStorage(createStorage('local'), memory);
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
    clear: function () { clearKeys(local, memory); },
    remove: function (key) {
      delete memory[key];
      delete unsaved[key];
      try { if (local) local.removeItem(PREFIX + key); } catch (e) { /* as if unavailable */ }
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

// Every key of ours, in localStorage and in the page's copy (the reader deleted their progress).
function clearKeys(local, memory) {
  Object.keys(memory).forEach(function (key) { delete memory[key]; delete unsaved[key]; });
  if (!local) return;
  try {
    for (var i = local.length - 1; i >= 0; i--) {
      var key = local.key(i);
      if (key && key.indexOf(PREFIX) === 0) local.removeItem(key);
    }
  } catch (e) { /* as if unavailable */ }
}

// [SECTION] data-storage="ask": the page's memory until the reader (or NewsQuiz.setConsent) says
// yes; then what memory holds is written and localStorage is used from there on, with a
// "newsquiz:consent" = "yes" so that the next visit does not ask again. No keeps memory only.
export function askingStorage(local, memory) {
  var decided = null;
  var store = {
    kind: 'ask',
    decided: function () { return decided; },
    agreedBefore: function () { return local.kind === 'local' && local.get('consent') === 'yes'; },
    decide: function (yes) {
      if (decided !== null) return;
      decided = !!yes;
      if (!decided) return;
      local.set('consent', 'yes');
      Object.keys(memory).forEach(function (key) { local.set(key, memory[key]); });
    },
    get: function (key) {
      if (decided) return local.get(key);
      return Object.prototype.hasOwnProperty.call(memory, key) ? memory[key] : null;
    },
    set: function (key, value) {
      memory[key] = value;
      return decided ? local.set(key, value) : true;
    },
    remove: function (key) {
      delete memory[key];
      if (decided) local.remove(key);
    },
    clear: function () { local.clear(); clearKeys(null, memory); },
  };
  return store;
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
