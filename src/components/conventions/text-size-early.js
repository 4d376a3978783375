// 适老化: apply the reader's stored text size before the body is parsed (TextSizeEarly.astro).
// The key and value are the ones text-size.ts writes. localStorage can throw (storage disabled).
try {
  if (localStorage.getItem('text-size') === 'large') document.documentElement.dataset.textSize = 'large';
} catch {
  // No storage: the standard size, and the browser's own text size setting, still apply.
}
