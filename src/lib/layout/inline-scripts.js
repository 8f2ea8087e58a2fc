// The few scripts the site inlines in its pages. Each body is a constant (whatever differs per
// page rides on the <script> element's data attributes), so the Content-Security-Policy allows
// each one by its hash (src/lib/layout/security-policy.js hashes these very strings; a page that inlined anything
// else would have it refused). Plain JavaScript: the policy is computed from them in Node.

/**
 * First in every page's head: an address with doubled slashes (`/explore//?…`) loads the page with
 * its relative asset paths one folder too deep, so nothing hydrates: go to the address without
 * them. An address ending in `index.html` is shown without it (the page's own links and its
 * language switch then work from the folder address, as everywhere else).
 */
export const PATH_FIX_SCRIPT =
  "(function(){try{var l=location,p=l.pathname,q=p.replace(/\\/{2,}/g,'/');" +
  'if(q!==p){l.replace(q+l.search+l.hash);return}' +
  "if(/\\/index\\.html$/.test(p))history.replaceState(history.state,'',p.slice(0,-10)+l.search+l.hash)" +
  '}catch(e){}})();';

/**
 * On the 404 page (served for any unknown address, at that address): says what was not found
 * (a province, an annual report, an indicator, a year) by showing the matching prerendered
 * sentence and filling in the code from the address as text; points the language switch at the
 * same address in the other language. `data-base` on the element is the site's base path.
 */
export const NOT_FOUND_SCRIPT =
  '(function(){try{' +
  "var s=document.currentScript,b=s.getAttribute('data-base')||'',p=location.pathname;" +
  'if(b&&p.indexOf(b)===0)p=p.slice(b.length);' +
  "var en=/^\\/en(\\/|$)/.test(p);if(en)p=p.slice(3)||'/';" +
  'var m,k=null,v={},r=[' +
  "[/^\\/provinces\\/([^/]+)\\/([^/]+)\\/?$/,'report',['id','year']]," +
  "[/^\\/provinces\\/([^/]+)\\/?$/,'province',['id']]," +
  "[/^\\/(?:embed\\/)?indicators\\/([^/]+)\\/?$/,'indicator',['id']]," +
  "[/^\\/years\\/([^/]+)\\/?$/,'year',['year']]];" +
  'for(var i=0;i<r.length&&!k;i++)if((m=r[i][0].exec(p))){k=r[i][1];' +
  'for(var j=0;j<r[i][2].length;j++){var x=m[j+1];try{x=decodeURIComponent(x)}catch(e){}' +
  "v[r[i][2][j]]=x.length>60?x.slice(0,60)+'…':x}}" +
  "if(k){var e=document.querySelector('[data-not-found=\"'+k+'\"]');if(e){" +
  "var f=e.querySelectorAll('[data-slot]');for(var n=0;n<f.length;n++)f[n].textContent=v[f[n].getAttribute('data-slot')]||'';" +
  'e.hidden=false;var g=document.querySelector(\'[data-not-found="page"]\');if(g)g.hidden=true}}' +
  "var w=document.querySelector('a.lang-switch');if(w)w.href=b+(en?'':'/en')+p+location.search;" +
  '}catch(e){}})();';
