// "Predict the output" questions: one form per question of the current step (checkboxes for
// choices, yes/no radios, or a number), answered once through POST /api/answer; the engine's
// answer, the explanation and the command's real output are shown after. Every text from the
// server goes in as text, except the prompt, which the server renders from Markdown with HTML escaped.

let shown = '';

function el(tag, props = {}, ...children) {
  const e = document.createElement(tag);
  Object.assign(e, props);
  e.append(...children);
  return e;
}

function inputs(q, labels) {
  const name = `q-${q.id}`;
  // Once answered, the form shows what the learner picked, disabled.
  const given = q.answered ? q.given.trim().toLowerCase().split(/[\s,]+/) : [];
  if (q.kind === 'choices') {
    return q.choices.map((c, i) => el('label', { className: 'choice' },
      el('input', { type: 'checkbox', name, value: String(i + 1), disabled: q.answered,
        checked: given.includes(String(i + 1)) || given.includes(c.toLowerCase()) }), ` ${i + 1}. `, el('code', {}, c)));
  }
  if (q.kind === 'yesno') {
    return [['y', labels.yes], ['n', labels.no]].map(([v, text]) => el('label', { className: 'choice' },
      el('input', { type: 'radio', name, value: v, required: true, disabled: q.answered,
        checked: given.length > 0 && given[0].startsWith(v) }), ' ' + text));
  }
  return [el('label', {}, labels.number + ' ',
    el('input', { type: 'number', name, min: '0', max: '999', required: true, inputMode: 'numeric', disabled: q.answered,
      value: q.answered ? q.given : '' }))];
}

function result(q, labels) {
  const box = el('div', { className: `result ${q.right ? 'right' : 'wrong'}`, tabIndex: -1 });
  box.append(el('p', { className: 'verdict' }, q.right ? `✔ ${labels.right}` : `✘ ${labels.wrong}`),
    el('p', {}, `${labels.answer}: `, el('strong', { className: 'answer' }, q.answer)));
  if (q.explain) {
    const explain = el('div', { className: 'explain' });
    explain.innerHTML = q.explain; // rendered on the server from Markdown with HTML escaped
    box.append(explain);
  }
  box.append(el('p', { className: 'output-title' }, labels.output),
    el('pre', {}, el('code', { className: 'language-output' }, `$ ${q.run}\n${q.output}`)));
  return box;
}

function form(q, context, labels, onAnswered) {
  const prompt = el('div', { className: 'prompt', id: `q-${q.id}-prompt` });
  prompt.innerHTML = q.prompt; // rendered on the server from Markdown with HTML escaped
  const fieldset = el('fieldset', {}, ...inputs(q, labels));
  fieldset.setAttribute('aria-labelledby', prompt.id);
  const f = el('form', { className: 'question' }, prompt, fieldset);
  f.dataset.question = q.id;
  if (q.answered) {
    f.append(result(q, labels));
    return f;
  }
  f.append(el('button', { type: 'submit', className: 'check' }, labels.check));
  f.addEventListener('submit', async (e) => {
    e.preventDefault();
    const picked = [...f.querySelectorAll('input')].filter((i) => (i.type === 'number' ? true : i.checked))
      .map((i) => i.value.trim());
    const answer = q.kind === 'choices' ? (picked.join(' ') || '-') : (picked[0] || '');
    const token = document.querySelector('meta[name="csrf"]').content;
    const res = await fetch(`/api/answer?ctx=${encodeURIComponent(context)}&q=${encodeURIComponent(q.id)}`, {
      method: 'POST', credentials: 'same-origin', headers: { 'X-CSRF-Token': token },
      body: new URLSearchParams({ answer }) });
    const r = await res.json();
    if (r.questions) {
      onAnswered(r.questions);
      const done = document.querySelector(`form.question[data-question="${CSS.escape(q.id)}"] .result`);
      if (done) {
        done.focus();
      }
    }
  });
  return f;
}

// Shows the step's questions (redrawn only when the questions or their answers change, so a
// choice being ticked is never lost to a view pushed after a command).
export function showQuestions(questions, context) {
  const section = document.getElementById('questions');
  const key = JSON.stringify(questions.map((q) => [q.id, q.answered]));
  if (key === shown) {
    return;
  }
  shown = key;
  const labels = section.dataset;
  const redraw = (qs) => showQuestions(qs, context);
  document.getElementById('question-list').replaceChildren(...questions.map((q) => form(q, context, labels, redraw)));
  section.hidden = questions.length === 0;
}
