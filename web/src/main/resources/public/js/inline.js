// Messages with Markdown's inline code (hints and detector messages: "Use `-d` ..."): the text
// between a pair of backticks becomes a <code> element. Everything goes in as text nodes, never HTML.
export function inlineNodes(text) {
  const parts = String(text).split('`');
  const paired = parts.length % 2 === 1 ? parts.length : parts.length - 1;
  return parts.map((part, i) => {
    if (i % 2 === 1 && i < paired) {
      const code = document.createElement('code');
      code.textContent = part;
      return code;
    }
    return document.createTextNode(i % 2 === 1 ? '`' + part : part);
  });
}

// Shows text with its inline code in the element of id {@code id}.
export function sayInline(id, text) {
  document.getElementById(id).replaceChildren(...inlineNodes(text));
}
