// The browser terminal: xterm.js on one WebSocket. Keys go out as text messages "i"+data,
// window sizes as "r"+cols+","+rows; screen bytes come back as binary frames and the
// workspace's view (tasks, picture) as JSON text frames.
export function openTerminal(element, context, onView) {
  // A wide character takes two cells: its glyph must be exactly two of the font's half-width
  // glyphs wide, or xterm.js draws it with a gap after it. A CJK monospace font has both at 1:2;
  // elsewhere "kujira-wide" (app.css) scales the system's Japanese glyphs to two cells.
  const term = new Terminal({ cursorBlink: true, fontSize: 14, convertEol: false, scrollback: 2000,
    fontFamily: '"Noto Sans Mono CJK JP", "Source Han Code JP", "Sarasa Mono J", "HackGen", ui-monospace, '
      + 'Menlo, Consolas, "DejaVu Sans Mono", "kujira-wide", monospace',
    theme: { background: '#1b1f24', foreground: '#e6e6e6' } });
  const fit = new FitAddon.FitAddon();
  term.loadAddon(fit);
  term.open(element);
  fit.fit();
  const status = document.getElementById('term-status');
  const proto = location.protocol === 'https:' ? 'wss:' : 'ws:';
  const url = `${proto}//${location.host}/ws/terminal?ctx=${encodeURIComponent(context)}`
    + `&cols=${term.cols}&rows=${term.rows}`;
  const ws = new WebSocket(url);
  ws.binaryType = 'arraybuffer';
  let ended = false;
  ws.onmessage = (e) => {
    if (e.data instanceof ArrayBuffer) {
      term.write(new Uint8Array(e.data));
      return;
    }
    const msg = JSON.parse(e.data);
    if (msg.type === 'view') {
      onView(msg.view);
    } else if (msg.type === 'ended') {
      ended = true;
      status.textContent = status.dataset.ended;
    } else if (msg.type === 'error') {
      status.textContent = msg.message === 'too-large' ? status.dataset.tooLarge : status.dataset.busy;
    }
  };
  ws.onclose = () => {
    if (!ended) {
      status.textContent = status.dataset.disconnected;
    }
  };
  const send = (data) => {
    if (ws.readyState === WebSocket.OPEN) {
      ws.send('i' + data);
    }
  };
  term.onData(send);
  term.onResize(({ cols, rows }) => {
    if (ws.readyState === WebSocket.OPEN) {
      ws.send(`r${cols},${rows}`);
    }
  });
  new ResizeObserver(() => fit.fit()).observe(element);
  term.focus();
  return {
    term,
    // Types a command line as if pasted: Ctrl-E Ctrl-U clear what was typed, then the line and Enter.
    run(line) {
      send('\u0005\u0015' + line + '\r');
      term.focus();
    },
  };
}

// Calls the JSON API with the page's CSRF token.
export async function post(path, context) {
  const token = document.querySelector('meta[name="csrf"]').content;
  const res = await fetch(`${path}?ctx=${encodeURIComponent(context)}`, {
    method: 'POST', headers: { 'X-CSRF-Token': token }, credentials: 'same-origin' });
  return res.json();
}

// Draws the state picture: the server's SVG (every text in it escaped there) and its text alternative.
export function drawPicture(picture) {
  if (!picture) {
    return;
  }
  const box = document.getElementById('picture');
  box.setAttribute('aria-label', picture.text);
  document.getElementById('picture-text').textContent = picture.text;
  box.innerHTML = picture.svg;
}

// Shows a message in a status area (text only: never HTML).
export function say(id, text) {
  document.getElementById(id).textContent = text;
}
