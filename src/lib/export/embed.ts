// Embeds that fit their content: the embed page posts its height to the page that embeds it, and
// the code handed out is the <iframe> plus a tiny listener that sets the frame's height from those
// messages (accepted only from the embed's own origin). Without the script, the iframe keeps its
// documented default height and scrolls.

export const EMBED_HEIGHT_MESSAGE = 'gender-embed-height';
/** Default iframe height (px) when the listener script is left out. */
export const EMBED_DEFAULT_HEIGHT = 640;

const attr = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The listener: resizes the iframe whose window sent the message, within sane bounds. */
export function resizeScript(origin: string): string {
  // JSON.stringify quotes the origin; "<" is escaped so the text cannot close the script element.
  const o = JSON.stringify(origin).replace(/</g, '\\u003c');
  return `<script>(function(){var o=${o};addEventListener("message",function(e){var d=e.data;if(e.origin!==o||!d||d.type!=="${EMBED_HEIGHT_MESSAGE}")return;var f=document.querySelectorAll("iframe[data-gender-embed]");for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.min(6000,Math.max(150,Math.ceil(+d.height||0)))+"px"})})();</script>`;
}

/** The code a reader copies: the iframe (default height) and the resize listener. */
export function embedCode(src: string, title: string, height = EMBED_DEFAULT_HEIGHT): string {
  const origin = new URL(src).origin;
  return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${height}" style="border:0;width:100%" loading="lazy" data-gender-embed></iframe>\n${resizeScript(origin)}`;
}

/**
 * In an embed page: post the height of `root` (the embed's content) to the embedding page, now and
 * whenever it changes. Returns a function that stops it.
 */
export function reportEmbedHeight(root: HTMLElement): () => void {
  if (window.parent === window) return () => undefined;
  let last = 0;
  const send = () => {
    const style = getComputedStyle(root);
    const height = Math.ceil(
      root.getBoundingClientRect().height +
        parseFloat(style.marginTop || '0') +
        parseFloat(style.marginBottom || '0'),
    );
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, height }, '*');
  };
  const observer = new ResizeObserver(send);
  observer.observe(root);
  send();
  return () => observer.disconnect();
}
