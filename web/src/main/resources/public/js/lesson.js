import { openTerminal, post, drawPicture, say } from './terminal.js';
import { showQuestions } from './questions.js';
import { sayInline } from './inline.js';

const page = document.querySelector('.lesson-page');
const context = page.dataset.context;

// Gives each code block of the prose (and of the solution) a button that types it in the terminal.
function runButtons(root, terminal) {
  for (const pre of root.querySelectorAll('pre')) {
    const code = pre.querySelector('code');
    if (!code || code.className.includes('language-output') || pre.querySelector('button')) {
      continue;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'run';
    button.textContent = page.dataset.run;
    button.addEventListener('click', () => {
      for (const line of code.textContent.split('\n').filter((l) => l.trim())) {
        terminal.run(line);
      }
    });
    pre.append(button);
  }
}

// A reset's or an undo's message stays until the next command runs (then it is old news).
let notice = { shown: false, lines: 0 };

function showNotice(text) {
  sayInline('hints', text);
  notice.shown = true;
}

function showView(view, terminal) {
  if (!view || view.busy) {
    return;
  }
  if (notice.shown && view.lines > notice.lines) {
    say('hints', '');
    notice.shown = false;
  }
  notice.lines = view.lines;
  document.getElementById('step').textContent = view.step + 1;
  const prose = document.getElementById('prose');
  if (prose.dataset.step !== String(view.step)) {
    prose.innerHTML = view.prose; // rendered on the server from Markdown with HTML escaped
    prose.dataset.step = String(view.step);
    runButtons(prose, terminal);
  }
  for (const task of view.tasks) {
    const li = document.querySelector(`#tasks li[data-task="${CSS.escape(task.id)}"]`);
    if (li) {
      li.classList.toggle('done', task.done);
      li.querySelector('.mark').textContent = task.done ? '✔' : '○';
    }
  }
  sayInline('mistakes', view.mistakes.map((m) => '💡 ' + m).join('\n'));
  showQuestions(view.questions || [], context);
  // A drill of questions only has no task: it is over once every question is answered.
  const over = view.finished && (view.tasks.length > 0 || (view.questions || []).every((q) => q.answered));
  document.getElementById('finished').hidden = !over;
  const code = document.getElementById('code');
  if (code) {
    code.textContent = view.code;
  }
  const next = document.getElementById('next-drill');
  if (next && over) {
    next.textContent = next.dataset.done;
  }
  drawPicture(view.picture);
}

const terminal = openTerminal(document.getElementById('terminal'), context, (v) => showView(v, terminal));
document.getElementById('prose').dataset.step = String(Number(document.getElementById('step').textContent) - 1);
runButtons(document.getElementById('prose'), terminal);
fetch(`/api/view?ctx=${encodeURIComponent(context)}`).then((r) => r.json()).then((v) => showView(v, terminal));

document.getElementById('hint').addEventListener('click', async () => {
  const r = await post('/api/hint', context);
  sayInline('hints', '💡 ' + (r.hint || r.message));
});
document.getElementById('undo').addEventListener('click', async () => {
  const r = await post('/api/undo', context);
  showNotice(r.message);
});
document.getElementById('reset').addEventListener('click', async () => {
  const r = await post('/api/reset', context);
  showNotice(r.message);
  document.getElementById('solution-lines').replaceChildren();
});
document.getElementById('solution').addEventListener('click', async () => {
  if (!window.confirm(page.dataset.confirm)) {
    return;
  }
  const r = await post('/api/solution', context);
  const box = document.getElementById('solution-lines');
  const pre = document.createElement('pre');
  const code = document.createElement('code');
  code.textContent = r.lines.join('\n');
  pre.append(code);
  box.replaceChildren(pre);
  runButtons(box, terminal);
});
