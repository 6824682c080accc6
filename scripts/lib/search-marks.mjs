// Search result marks as Chromium renders them, read through the DevTools protocol, which sees into their closed
// shadow roots (page scripts and Playwright locators do not).

/** Each element of the document with its parent chain, closed shadow roots included. */
function* walk(node, parents = []) {
  yield { node, parents };
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? [])]) yield* walk(child, [...parents, node]);
}

const attribute = (node, name) => {
  const list = node.attributes ?? [];
  const at = list.findIndex((value, i) => i % 2 === 0 && value === name);
  return at < 0 ? undefined : list[at + 1];
};

/** Every mark on the page: the result it sits in (the id of its nearest `r-…` ancestor), its label and mode. */
export async function readMarks(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const marks = [];
    for (const { node, parents } of walk(root)) {
      // A mark is the button (class `m`) straight inside a shadow root; its label is in the reader's language.
      const shadow = parents.at(-1);
      if (node.nodeName !== 'BUTTON' || attribute(node, 'class') !== 'm' || shadow?.nodeName !== '#document-fragment')
        continue;
      const label = attribute(node, 'aria-label');
      const result = [...parents].reverse().find((p) => attribute(p, 'id')?.startsWith('r-'));
      const tooltip = shadow?.children?.find((c) => attribute(c, 'class')?.split(' ').includes('t'));
      marks.push({
        result: result && attribute(result, 'id'),
        label,
        mode: shadow?.shadowRootType,
        tooltipNodeId: tooltip?.backendNodeId,
      });
    }
    return marks;
  } finally {
    await cdp.detach();
  }
}

/** Whether an element (by backend node id) is laid out at all: a tooltip hidden by display:none has no box. */
export async function isRendered(page, backendNodeId) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId });
    return model.width > 0 && model.height > 0;
  } catch {
    return false;
  } finally {
    await cdp.detach();
  }
}

/** An element's border box (by backend node id) in the viewport's coordinates: { left, top, right, bottom }. */
export async function boxOf(page, backendNodeId) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId });
    const [left, top, , , right, bottom] = model.border;
    return { left, top, right, bottom };
  } finally {
    await cdp.detach();
  }
}
