// The body of the explore pages' head script (early-engine.ts explains what it does). A constant:
// the URLs it needs ride on the <script> element's data attributes, so the Content-Security-Policy
// allows it by one hash (src/lib/layout/security-policy.js hashes this very string). Plain JavaScript, read by
// the policy in Node as well as by the page.

/** The message id of that early request (far from AsyncDuckDB's own ids, which start at 0). */
export const EARLY_REQUEST = 1_000_000_000;

/** A minimal module using wasm exception handling (the probe DuckDB-WASM's selectBundle uses). */
export const EH_PROBE = [
  0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11,
];

/**
 * Reads `data-wasm`, `data-worker` and `data-dataset` (page-relative or absolute URLs) from its
 * own element; leaves what it started on `window.__duckdbEarly`.
 */
export const EARLY_ENGINE_SCRIPT = `(function(){try{
if(!WebAssembly.validate(new Uint8Array(${JSON.stringify(EH_PROBE)})))return;
var s=document.currentScript,u=function(a){return new URL(s.getAttribute(a),location.href).href};
var e={wasm:u('data-wasm'),worker:u('data-worker'),dataset:u('data-dataset'),state:'pending',waiters:[]};
performance.mark('duckdb:early-start');
var w=e.instance=new Worker(e.worker);
w.addEventListener('message',function h(m){var d=m.data;if(!d||d.requestId!==${EARLY_REQUEST}||d.type==='INSTANTIATE_PROGRESS')return;
w.removeEventListener('message',h);e.state=d.type==='OK'?'ok':'error';e.error=d.data&&d.data.message;
e.waiters.forEach(function(f){f()})});
w.addEventListener('error',function(){if(e.state!=='pending')return;e.state='error';e.error='the worker failed to load';e.waiters.forEach(function(f){f()})});
w.postMessage({messageId:${EARLY_REQUEST},type:'INSTANTIATE',data:[e.wasm,null]});
e.bytes=fetch(e.dataset).then(function(r){if(!r.ok)throw new Error('HTTP '+r.status);return r.arrayBuffer()});
e.bytes.catch(function(){});
window.__duckdbEarly=e;
}catch(x){}})();`;
