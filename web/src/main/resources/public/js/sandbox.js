import { openTerminal, post, drawPicture, say } from './terminal.js';

const page = document.querySelector('.sandbox-page');
const context = page.dataset.context;
openTerminal(document.getElementById('terminal'), context, (v) => drawPicture(v.picture));
fetch(`/api/view?ctx=${encodeURIComponent(context)}`).then((r) => r.json()).then((v) => drawPicture(v.picture));

document.getElementById('share').addEventListener('click', async () => {
  const r = await post('/api/share', context);
  const p = document.getElementById('share-link');
  const a = document.createElement('a');
  a.href = r.url;
  a.id = 'share-url';
  a.textContent = new URL(r.url, location.href).href;
  p.replaceChildren(a, document.createTextNode(' ' + p.dataset.help));
});
document.getElementById('undo').addEventListener('click', async () => say('hints', (await post('/api/undo', context)).message));
document.getElementById('reset').addEventListener('click', async () => say('hints', (await post('/api/reset', context)).message));
