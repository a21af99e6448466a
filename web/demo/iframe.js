// newsquiz in an iframe: each frame of embed.html as tall as its quiz, and its top shown
// when the reader's Next leaves it above the window.
window.addEventListener('message', function (event) {
  var data = event.data;
  if (!data || (data.type !== 'newsquiz:size' && data.type !== 'newsquiz:scroll')) return;
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    var frame = frames[i];
    if (frame.contentWindow !== event.source) continue;  // only what the frame itself says
    if (data.type === 'newsquiz:size' && Number.isFinite(data.height) && data.height > 0) frame.style.height = Math.ceil(data.height) + 'px';
    if (data.type === 'newsquiz:scroll' && Number.isFinite(data.top)) {
      var top = frame.getBoundingClientRect().top + frame.clientTop + data.top;
      if (top >= 0) return;
      var still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      window.scrollTo({ top: window.scrollY + top, behavior: still ? 'auto' : 'smooth' });
    }
    return;
  }
});
