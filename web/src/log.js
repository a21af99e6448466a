// [SECTION] Messages for the publisher: every line in the console starts with [newsquiz].
export function log(level, message) { console[level]('[newsquiz] ' + message); }
