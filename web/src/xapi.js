// [SECTION] xAPI: statements POSTed to the publisher's proxy (data-xapi-endpoint).
// Each statement waits in an outbox ("newsquiz:xapi:outbox" in the widget's storage: localStorage
// when storage is allowed, the page's memory otherwise) until the endpoint took it. So an endpoint
// that fails or hangs never blocks the quiz and loses nothing: a statement it did not take is tried
// again (after 1, 2 and 4 seconds), then after the next one it takes, and on the next page.
// Its id makes every retry harmless: the store keeps a statement once (409 if it has it).
import { log } from './log.js';

var KEY = 'xapi:outbox';
export var XAPI_TIMEOUT_MS = 10000;  // a request without an answer by then counts as failed
var RETRY_MS = [1000, 2000, 4000];
var MAX_KEPT = 500;                  // the oldest statements go first beyond this
var sending = {};                    // statement id -> true while this page's request is on its way

export function statementsUrl(endpoint) {
  return /\/statements\/?$/.test(endpoint) ? endpoint : endpoint.replace(/\/+$/, '') + '/statements';
}

// The outbox: [{url, statement}], oldest first.
export function outbox(storage) {
  try {
    var list = JSON.parse(storage.get(KEY) || '[]');
    return Array.isArray(list) ? list.filter(function (e) { return e && e.url && e.statement && e.statement.id; }) : [];
  } catch (e) {
    return [];
  }
}

function keep(storage, list) {
  if (!list.length) return void storage.remove(KEY);  // no key left behind once all went
  if (list.length > MAX_KEPT) {
    log('warn', 'more than ' + MAX_KEPT + ' xAPI statements wait to be sent; the oldest ' + (list.length - MAX_KEPT) + ' are dropped.');
    list = list.slice(list.length - MAX_KEPT);
  }
  storage.set(KEY, JSON.stringify(list));
}

function has(storage, id) {
  return outbox(storage).some(function (e) { return e.statement.id === id; });
}

function forget(storage, id) {
  keep(storage, outbox(storage).filter(function (e) { return e.statement.id !== id; }));
}

// Keeps a statement for endpoint, then sends it.
export function sendStatement(storage, endpoint, statement) {
  var entry = { url: statementsUrl(endpoint), statement: statement };
  if (!has(storage, statement.id)) keep(storage, outbox(storage).concat([entry]));
  post(storage, entry, 0);
}

// Sends every statement still kept (one not on its way already).
export function flushOutbox(storage) {
  outbox(storage).forEach(function (entry) { post(storage, entry, 0); });
}

function post(storage, entry, tries) {
  var id = entry.statement.id;
  if (sending[id] || !has(storage, id)) return;  // on its way, or taken meanwhile
  sending[id] = true;
  var controller = new AbortController();
  var timer = setTimeout(function () { controller.abort(); }, XAPI_TIMEOUT_MS);
  function failed(why) {
    clearTimeout(timer);
    delete sending[id];
    if (tries < RETRY_MS.length) return void setTimeout(function () { post(storage, entry, tries + 1); }, RETRY_MS[tries]);
    log('warn', 'could not send an xAPI statement to ' + entry.url + ' (' + why + '); it is kept, to be sent again later. ' +
      'Check data-xapi-endpoint and the proxy behind it.');
  }
  fetch(entry.url, {
    method: 'POST', keepalive: true, credentials: 'same-origin', body: JSON.stringify(entry.statement), signal: controller.signal,
    headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
  }).then(function (r) {
    if (r.status >= 500 || r.status === 429) return failed('HTTP ' + r.status);
    clearTimeout(timer);
    delete sending[id];
    // 409: the store has it already. Any other refusal would be refused again: said, not kept.
    if (!r.ok && r.status !== 409) log('warn', 'the xAPI endpoint ' + entry.url + ' refused a statement (HTTP ' + r.status + ').');
    forget(storage, id);
    flushOutbox(storage);  // the endpoint answers again: what waited goes now
  }, function (e) {
    failed(e.name === 'AbortError' ? 'no answer within ' + XAPI_TIMEOUT_MS / 1000 + ' seconds' : e.message);
  });
}
