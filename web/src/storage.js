  // [SECTION] Storage: one JSON string per key, namespaced for the site ("newsquiz:<key>").
  // The page's copy in memory is the truth: a full or missing localStorage loses nothing
  // until the page closes, and says so once.
  var PREFIX = 'newsquiz:';
  var memory = {};
  var storageWarned = {};

  function warnOnce(key, message) {
    if (storageWarned[key]) return;
    storageWarned[key] = true;
    log('warn', message);
  }

  function createStorage(kind) {
    var local = null;
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
        if (Object.prototype.hasOwnProperty.call(memory, key)) return memory[key];
        if (!local) return null;
        try { return local.getItem(PREFIX + key); } catch (e) { return null; }
      },
      set: function (key, value) {
        memory[key] = value;
        if (!local) return true;
        try {
          local.setItem(PREFIX + key, value);
          return true;
        } catch (e) {
          warnOnce('quota', 'could not save progress (' + e.name + ': storage is full or blocked); it is kept until the page ' +
            'closes. Free some of this site\'s storage to keep it across visits.');
          return false;
        }
      },
    };
  }

  function randomHex(bytes) {
    var a = new Uint8Array(bytes);
    crypto.getRandomValues(a);
    var s = '';
    for (var i = 0; i < a.length; i++) s += (a[i] < 16 ? '0' : '') + a[i].toString(16);
    return s;
  }

  // The reader's anonymous id (the xAPI actor's account name), kept with the progress.
  function learnerId(storage) {
    var id = storage.get('learner');
    if (!id || !/^[0-9a-f]{32}$/.test(id)) {
      id = randomHex(16);
      storage.set('learner', id);
    }
    return id;
  }
