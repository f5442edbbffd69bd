/**
 * One SCO's page: a teaching case as static HTML, its script and stylesheet beside it in the package
 * (no inline script or style, so the page's CSP allows `'self'` only), nothing loaded from outside the
 * package. The graded questions come first; the result and the discussion stay hidden until the learner
 * commits both answers (src/scorm/sco/main.ts).
 */
import type { GradedQuestion, OpenQuestion, ScoCase } from './content';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Nothing but the package's own files; no network, no form posts, no framing limits (the LMS frames it). */
export const SCO_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

function gradedFieldset(question: GradedQuestion, number: number): string {
  const choices = question.choices.map((choice) => {
    const id = `${question.id}-${choice.value}`;
    return `<div class="choice"><input type="radio" name="${question.id}" id="${id}" value="${escapeHtml(choice.value)}"><label for="${id}">${escapeHtml(choice.label)}</label></div>`;
  });
  return `<fieldset data-graded="${question.id}" data-correct="${escapeHtml(question.correct)}">
<legend>${number}. ${escapeHtml(question.prompt)}</legend>
${choices.join('\n')}
</fieldset>`;
}

function openQuestion(question: OpenQuestion, number: number): string {
  return `<li id="q-${question.id}">
<p class="question">${escapeHtml(question.prompt)}</p>
<details><summary>Reveal the answer<span class="sr-only"> to question ${number}</span></summary>
<p><strong>Answer.</strong> ${escapeHtml(question.answer)}</p>
<p><strong>Why.</strong> ${escapeHtml(question.reasoning)}</p>
<p class="sources"><strong>Sources:</strong> ${escapeHtml(question.sources)}.</p>
</details>
</li>`;
}

function vignette(entry: ScoCase): string {
  const rows = entry.vignette.map(([term, text]) => `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(text)}</dd></div>`);
  const tried = entry.tried.length === 0
    ? 'Nothing yet.'
    : `<ul>${entry.tried.map(([therapy, text]) => `<li><strong>${escapeHtml(therapy)}.</strong> ${escapeHtml(text)}</li>`).join('')}</ul>`;
  return `<dl class="vignette">${rows.join('')}<div><dt>Tried so far</dt><dd>${tried}</dd></div></dl>`;
}

/** The page at `cases/<id>.html`; `shared` is the relative path to the shared script and stylesheet. */
export function scoPage(entry: ScoCase, version: string, shared = '../shared'): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${SCO_CSP}">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(entry.title)} · ITP Pathway teaching case</title>
<link rel="stylesheet" href="${shared}/sco.css">
<script src="${shared}/sco.js" defer></script>
</head>
<body>
<main id="case" data-case="${entry.id}">
<p class="scenario">${escapeHtml(entry.scenario)}</p>
<h1>${escapeHtml(entry.title)}</h1>
<p id="lms" class="lms" role="status">Looking for your course platform…</p>
<noscript><p class="lms">This case needs JavaScript to check your answers; your course platform cannot record a result without it.</p></noscript>
<h2>The patient</h2>
${vignette(entry)}
<p>${escapeHtml(entry.story)}</p>
<form id="answers" novalidate>
<h2>Your answers</h2>
<p>Choose an answer to each question, then check them. The answers and the discussion appear after you check.</p>
${entry.graded.map((question, index) => gradedFieldset(question, index + 1)).join('\n')}
<p id="form-error" class="error" role="alert" hidden>Choose an answer to each question first.</p>
<button type="submit">Check my answers</button>
</form>
<section id="result" aria-labelledby="result-heading" hidden>
<h2 id="result-heading" tabindex="-1">Your result</h2>
<p id="score"></p>
<ul id="feedback"></ul>
<p id="recorded"></p>
</section>
<section id="discussion" aria-labelledby="discussion-heading" hidden>
<h2 id="discussion-heading">Discussion</h2>
<ol class="questions">
${entry.questions.map((question, index) => openQuestion(question, index + 1)).join('\n')}
</ol>
<button type="button" id="finish">Finish this case</button>
<p id="finished" role="status"></p>
</section>
<footer><p>ITP Pathway, version of ${escapeHtml(version)}. Teaching material: it does not replace clinical judgement.</p></footer>
</main>
</body>
</html>
`;
}
