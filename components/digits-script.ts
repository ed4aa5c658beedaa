/**
 * The inline script of every page (the search page also loads its client component, `components/search/`): marks
 * the page as scripted, applies the reader's digit choice before first paint, and remembers a new choice
 * (localStorage) across pages. Without JavaScript the default (Arabic digits) shows and the toggle is hidden by CSS.
 */
export const digitsScript = `(function(){var d=document.documentElement;d.setAttribute('data-js','');
try{if(localStorage.getItem('digits')==='thai')d.setAttribute('data-digits','thai')}catch(e){}
document.addEventListener('change',function(e){var t=e.target;if(!t.matches||!t.matches('[data-digits-toggle]'))return;
if(t.checked)d.setAttribute('data-digits','thai');else d.removeAttribute('data-digits');
try{localStorage.setItem('digits',t.checked?'thai':'arabic')}catch(e){}});
document.addEventListener('DOMContentLoaded',function(){var on=d.getAttribute('data-digits')==='thai';
document.querySelectorAll('[data-digits-toggle]').forEach(function(i){i.checked=on})})})();`;
