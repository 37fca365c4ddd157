// The CloudOps console: one page, five parts, the JSON API under ./api/ (docs/console.md).
// Every piece of data goes into the page through textContent or attributes, never as HTML.

const $ = (id) => document.getElementById(id);
const STATE_CHANGE = { 'X-CloudOps-Console': '1' };
// A host with a CSRF crumb (Jenkins) names it in two meta tags; the CLI host has none.
const CRUMB_FIELD = document.querySelector('meta[name="cloudops-crumb-field"]')?.content;
const CRUMB = document.querySelector('meta[name="cloudops-crumb"]')?.content;
// The host names itself (Jenkins); plans are never run from the console, Jenkins offers a snippet.
const IN_JENKINS = document.querySelector('meta[name="cloudops-host"]')?.content === 'jenkins';
const FACET_TITLES = { account: 'Account', region: 'Region', type: 'Type', state: 'State', env: 'env tag' };

/** Creates an element; string children become text nodes. */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name.startsWith('on')) node.addEventListener(name.slice(2), value);
    else if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function clear(node) {
  node.replaceChildren();
  return node;
}

function status(text) {
  $('status').textContent = text;
}

/** Calls the API; throws an Error with the server's one-line message. */
async function api(path, options = {}) {
  const method = options.method || 'GET';
  const init = { method, credentials: 'same-origin', headers: { Accept: 'application/json' } };
  if (method !== 'GET') {
    Object.assign(init.headers, STATE_CHANGE);
    if (CRUMB_FIELD && CRUMB) init.headers[CRUMB_FIELD] = CRUMB;
    if (options.body) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(options.body);
    }
  }
  const response = await fetch('api/' + path, init);
  const json = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(json.error || `${response.status} ${response.statusText}`);
  return json;
}

function when(instant) {
  return instant ? new Date(instant).toLocaleString() : '';
}

/** A table row that opens something with a click or Enter. */
function openableRow(cells, open, label) {
  const row = el('tr', { tabindex: '0', role: 'button', 'aria-label': label });
  for (const cell of cells) row.append(el('td', {}, cell ?? ''));
  row.addEventListener('click', open);
  row.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(); } });
  return row;
}

// ---------------------------------------------------------------- explorer
const explorer = { q: '', selected: {}, offset: 0, limit: 50, total: 0, current: null, timer: null };

function explorerQuery() {
  const params = new URLSearchParams();
  if (explorer.q) params.set('q', explorer.q);
  for (const [facet, values] of Object.entries(explorer.selected)) {
    for (const value of values) params.append(facet, value);
  }
  params.set('offset', explorer.offset);
  params.set('limit', explorer.limit);
  return params.toString();
}

async function loadResources() {
  try {
    const page = await api('resources?' + explorerQuery());
    explorer.total = page.total;
    renderFacets(page.facets);
    const body = clear($('resources').tBodies[0]);
    for (const r of page.results) {
      body.append(openableRow([r.name || r.id, r.resource_type, r.id, r.region, r.account_id, r.state],
        () => showResource(r.key), 'Open ' + (r.name || r.id)));
    }
    const first = page.total === 0 ? 0 : explorer.offset + 1;
    $('count').textContent = `${first}–${explorer.offset + page.results.length} of ${page.total} resources`;
    $('prev').disabled = explorer.offset === 0;
    $('next').disabled = explorer.offset + explorer.limit >= page.total;
    status('');
  } catch (e) {
    status(e.message);
  }
}

function renderFacets(facets) {
  const root = clear($('facets'));
  for (const [facet, counts] of Object.entries(facets)) {
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
    if (entries.length === 0) continue;
    const group = el('fieldset', { class: 'facet', 'data-facet': facet }, el('legend', {}, FACET_TITLES[facet] || facet));
    const chosen = explorer.selected[facet] || [];
    for (const [value, count] of entries.slice(0, 30)) {
      const box = el('input', { type: 'checkbox', value, 'data-facet': facet });
      box.checked = chosen.includes(value);
      box.addEventListener('change', () => toggleFacet(facet, value, box.checked));
      group.append(el('label', { class: 'facet-value' }, box, el('span', {}, value), el('span', { class: 'n' }, count)));
    }
    root.append(group);
  }
}

function toggleFacet(facet, value, on) {
  const values = new Set(explorer.selected[facet] || []);
  if (on) values.add(value); else values.delete(value);
  if (values.size) explorer.selected[facet] = [...values]; else delete explorer.selected[facet];
  explorer.offset = 0;
  loadResources();
}

async function showResource(key) {
  try {
    const r = await api('resources/' + encodeURIComponent(key));
    explorer.current = r;
    $('details').hidden = false;
    $('d-title').textContent = r.name || r.id;
    const fields = clear($('d-fields'));
    for (const [label, value] of [['Type', r.resource_type], ['Id', r.id], ['ARN', r.arn], ['Account', r.account_id],
      ['Region', r.region], ['State', r.state], ['Created', when(r.created_at)], ['Last scanned', when(r.last_scanned)]]) {
      if (value) fields.append(el('dt', {}, label), el('dd', {}, value));
    }
    const tags = clear($('d-tags'));
    for (const [k, v] of Object.entries(r.tags || {})) tags.append(el('dt', {}, k), el('dd', {}, v));
    $('d-properties').textContent = JSON.stringify(r.properties || {}, null, 2);
    $('copy-arn').disabled = !r.arn;
    renderGraph(r);
    $('d-title').focus();
  } catch (e) {
    status(e.message);
  }
}

function renderGraph(r) {
  const svg = clear($('graph'));
  const list = clear($('related'));
  const ns = 'http://www.w3.org/2000/svg';
  const related = r.related || [];
  const cx = 210, cy = 150, radius = 110;
  const node = (x, y, label, sub, cls, open) => {
    const g = document.createElementNS(ns, 'g');
    g.setAttribute('class', 'node ' + cls);
    const circle = document.createElementNS(ns, 'circle');
    circle.setAttribute('cx', x); circle.setAttribute('cy', y); circle.setAttribute('r', 9);
    const text = document.createElementNS(ns, 'text');
    text.setAttribute('x', x); text.setAttribute('y', y + 22); text.setAttribute('text-anchor', 'middle');
    text.textContent = label.length > 24 ? label.slice(0, 23) + '…' : label;
    const title = document.createElementNS(ns, 'title');
    title.textContent = sub;
    g.append(title, circle, text);
    if (open) {
      g.setAttribute('tabindex', '0');
      g.setAttribute('role', 'button');
      g.setAttribute('aria-label', 'Open ' + sub);
      g.addEventListener('click', open);
      g.addEventListener('keydown', (e) => { if (e.key === 'Enter') open(); });
    }
    return g;
  };
  related.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(related.length, 1) - Math.PI / 2;
    const x = cx + radius * Math.cos(angle), y = cy + radius * 0.95 * Math.sin(angle);
    const line = document.createElementNS(ns, 'line');
    line.setAttribute('x1', cx); line.setAttribute('y1', cy); line.setAttribute('x2', x); line.setAttribute('y2', y);
    line.setAttribute('class', 'edge ' + n.direction);
    svg.append(line);
  });
  related.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(related.length, 1) - Math.PI / 2;
    const x = cx + radius * Math.cos(angle), y = cy + radius * 0.95 * Math.sin(angle);
    const target = n.resource;
    const label = target ? (target.name || target.id) : n.ref;
    const open = target ? () => showResource(target.key) : null;
    svg.append(node(x, y, label, `${n.relation} (${n.direction}): ${label}`, target ? 'known' : 'unknown', open));
    const text = `${n.direction === 'out' ? '→' : '←'} ${n.relation}: ${label}` + (target ? ` (${target.resource_type})` : ' (not in the estate)');
    list.append(el('li', {}, open ? el('button', { type: 'button', class: 'link', onclick: open }, text) : text));
  });
  svg.append(node(cx, cy, r.name || r.id, r.resource_type + ' ' + (r.name || r.id), 'center', null));
  if (related.length === 0) list.append(el('li', {}, 'No relationships recorded.'));
}

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
    status(what + ' copied');
  } catch (e) {
    status('Copy failed: ' + text);
  }
}

function initExplorer() {
  $('q').addEventListener('input', () => {
    clearTimeout(explorer.timer);
    explorer.timer = setTimeout(() => { explorer.q = $('q').value.trim(); explorer.offset = 0; loadResources(); }, 150);
  });
  $('prev').addEventListener('click', () => { explorer.offset = Math.max(0, explorer.offset - explorer.limit); loadResources(); });
  $('next').addEventListener('click', () => { explorer.offset += explorer.limit; loadResources(); });
  $('d-close').addEventListener('click', () => { $('details').hidden = true; });
  $('copy-arn').addEventListener('click', () => copy(explorer.current.arn, 'ARN'));
  $('copy-get').addEventListener('click', () => copy(`cloudops estate get '${explorer.current.key}'`, 'Command'));
}

// ---------------------------------------------------------------- executions
let stream = null;

async function loadExecutions() {
  const wanted = $('x-status').value;
  try {
    const json = await api('executions' + (wanted ? '?status=' + encodeURIComponent(wanted) : ''));
    const body = clear($('x-list').tBodies[0]);
    for (const x of json.executions) {
      body.append(openableRow([x.id, x.kind, x.status, x.risk, x.requested_by, (x.approvers || []).join(', '),
        when(x.started_at), x.duration_ms == null ? '' : (x.duration_ms / 1000).toFixed(1) + ' s'],
      () => showExecution(x.id), 'Open execution ' + x.id));
    }
    if (json.executions.length === 0) body.append(el('tr', {}, el('td', { colspan: '8' }, 'No executions.')));
  } catch (e) {
    status(e.message);
  }
}

// where the execution was asked: the Jenkins build's page, relative to Jenkins's root; the console
// lives one level below it (<root>/cloudops/), and only a plain relative path is made a link
function showOrigin(origin) {
  const line = clear($('x-origin'));
  line.hidden = !origin;
  if (!origin) return;
  const page = origin.url && /^[A-Za-z0-9._~%\/-]+$/.test(origin.url) && !origin.url.startsWith('/')
    ? el('a', { href: (IN_JENKINS ? '../' : '') + origin.url }, origin.name)
    : origin.name;
  line.append('Asked by ' + origin.host + ' build ', page);
}

async function showExecution(id) {
  if (stream) stream.close();
  try {
    const x = await api('executions/' + encodeURIComponent(id));
    $('x-detail').hidden = false;
    $('x-title').textContent = 'Execution ' + x.id;
    showOrigin(x.origin);
    const steps = clear($('x-steps'));
    for (const s of x.plan.steps) steps.append(el('li', {}, s.description || s.command || s.step_id));
    clear($('x-output'));
    $('x-state').textContent = 'Status: following…';
    // the CLI host stops the process that runs it (as Ctrl-C would); Jenkins aborts builds itself
    const last = x.transitions[x.transitions.length - 1];
    $('x-cancel').hidden = IN_JENKINS || !last || ['Success', 'Failed', 'Cancelled'].includes(last.status);
    $('x-cancel').onclick = () => cancelExecution(x.id);
    stream = new EventSource('api/executions/' + encodeURIComponent(id) + '/events');
    stream.addEventListener('status', (e) => {
      const t = JSON.parse(e.data);
      $('x-state').textContent = 'Status: ' + t.status + (t.detail ? ' — ' + t.detail : '');
    });
    // lines arrive as the engine writes them; a finished step's output is then not shown again
    const streamed = new Set();
    stream.addEventListener('line', (e) => {
      const l = JSON.parse(e.data);
      streamed.add(l.step_id);
      $('x-output').append(`[${l.step_id}] ${l.text}\n`);
    });
    stream.addEventListener('step', (e) => {
      const s = JSON.parse(e.data);
      const output = streamed.has(s.step_id) ? '' : s.output;
      $('x-output').append(`[${s.step_id}] ${s.status}${s.exit_code == null ? '' : ' (exit ' + s.exit_code + ')'}\n`,
        output ? output + (output.endsWith('\n') ? '' : '\n') : '', s.error ? s.error + '\n' : '');
    });
    stream.addEventListener('end', () => { stream.close(); $('x-cancel').hidden = true; loadExecutions(); });
  } catch (e) {
    status(e.message);
  }
}

async function cancelExecution(id) {
  $('x-cancel').disabled = true;
  try {
    const result = await api('executions/' + encodeURIComponent(id) + '/cancel', { method: 'POST', body: {} });
    status(`Execution ${result.cancelled} cancelled (process ${result.pid} stopped)`);
    $('x-cancel').hidden = true;
    loadExecutions();
  } catch (e) {
    status(e.message);
  } finally {
    $('x-cancel').disabled = false;
  }
}

// ---------------------------------------------------------------- conversations
let conversationTimer = null;

async function loadConversations() {
  const q = $('c-q').value.trim();
  try {
    const json = await api('conversations' + (q ? '?q=' + encodeURIComponent(q) : ''));
    const list = clear($('c-list'));
    for (const c of json.conversations) {
      list.append(el('li', {}, el('button', { type: 'button', class: 'link', onclick: () => showConversation(c.context_id) },
        `${c.title || c.context_id} · ${c.message_count} messages · ${when(c.updated_at)}`)));
    }
    if (json.conversations.length === 0) list.append(el('li', {}, 'No conversations.'));
  } catch (e) {
    status(e.message);
  }
}

async function showConversation(id) {
  try {
    const c = await api('conversations/' + encodeURIComponent(id));
    $('c-detail').hidden = false;
    $('c-detail').dataset.id = id;
    $('c-title').textContent = c.title || c.context_id;
    const messages = clear($('c-messages'));
    for (const m of c.messages) {
      messages.append(el('li', { class: 'message ' + String(m.role).toLowerCase() },
        el('div', { class: 'who' }, `${m.role} · ${when(m.timestamp)}`), el('div', { class: 'text' }, m.content)));
    }
  } catch (e) {
    status(e.message);
  }
}

async function deleteConversation() {
  const id = $('c-detail').dataset.id;
  if (!id || !confirm('Delete conversation ' + id + '?')) return;
  try {
    await api('conversations/' + encodeURIComponent(id), { method: 'DELETE' });
    $('c-detail').hidden = true;
    status('Conversation deleted');
    loadConversations();
  } catch (e) {
    status(e.message);
  }
}

// ---------------------------------------------------------------- accounts
async function loadAccounts() {
  try {
    const json = await api('accounts');
    const profiles = clear($('a-profiles').tBodies[0]);
    for (const profile of json.profiles) {
      const identity = el('td', { class: 'identity' });
      const check = el('button', { type: 'button', onclick: () => checkAccount(profile, identity) }, 'Check');
      profiles.append(el('tr', {}, el('td', {}, profile), identity, el('td', {}, check)));
    }
    if (json.profiles.length === 0) {
      const none = IN_JENKINS ? 'No AWS credentials you may list (Jenkins-level credentials are listed to administrators).' : 'No AWS profiles in the config files.';
      profiles.append(el('tr', {}, el('td', { colspan: '3' }, none)));
    }
    const estate = clear($('a-estate').tBodies[0]);
    for (const s of json.estate) {
      const scan = s.last_scan;
      const errors = el('td', { class: 'errors' });
      for (const e of (scan && scan.errors) || []) errors.append(el('div', {}, `${e.resource_type}: ${e.error_code} — ${e.message}`));
      if (scan && scan.errors.length === 0) errors.append('none');
      estate.append(el('tr', {}, el('td', {}, s.account_id), el('td', {}, s.region), el('td', {}, s.resources),
        el('td', {}, when(scan ? scan.scanned_at : s.last_scanned)), errors));
    }
  } catch (e) {
    status(e.message);
  }
}

async function checkAccount(profile, cell) {
  cell.textContent = 'checking…';
  try {
    const id = await api('accounts/check', { method: 'POST', body: { profile } });
    cell.textContent = `${id.account_id} · ${id.arn}`;
  } catch (e) {
    cell.textContent = 'failed: ' + e.message;
  }
}

// ---------------------------------------------------------------- ask
let lastAnswer = null;

async function ask(event) {
  event.preventDefault();
  const button = event.submitter || $('ask-form').querySelector('button');
  button.disabled = true;
  status('Asking…');
  try {
    const a = await api('ask', { method: 'POST', body: { prompt: $('ask-prompt').value, conversation: $('ask-conversation').value } });
    $('answer').hidden = false;
    $('answer-text').textContent = a.content || '';
    const resources = clear($('answer-resources'));
    for (const r of a.matched_resources || []) resources.append(el('li', {}, `${r.resource_type} ${r.name || r.id} (${r.region})`));
    const plan = a.execution_plan;
    $('answer-plan').hidden = !plan;
    lastAnswer = plan ? { prompt: $('ask-prompt').value, conversation: a.conversation, digest: a.plan_digest || '' } : null;
    if (plan) {
      $('answer-risk').textContent = a.computed_risk ? '· risk ' + a.computed_risk.level : '';
      const reasons = clear($('answer-reasons'));
      for (const reason of (a.computed_risk && a.computed_risk.reasons) || []) reasons.append(el('li', {}, reason));
      const steps = clear($('answer-steps'));
      for (const s of plan.steps || []) {
        const command = [s.command, ...(s.args || [])].filter(Boolean).join(' ');
        steps.append(el('li', {}, el('code', {}, command ? 'aws ' + command : s.script || ''), ' — ', s.description || ''));
      }
    }
    status('');
  } catch (e) {
    status(e.message);
  } finally {
    button.disabled = false;
  }
}

/** A Groovy single-quoted string (no interpolation): backslash, quote and line breaks escaped. */
function groovyString(text) {
  return "'" + text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\r?\n/g, '\\n') + "'";
}

/** The pipeline that asks the same question in a build and runs its plan after the approvals. */
function jenkinsfileSnippet(answer) {
  return [
    `// The console's answer proposed plan ${answer.digest.slice(0, 12)}. A build asks again and runs the plan`,
    '// it gets, after the approvals its risk needs (cloudopsExecute runs a plan of its own build).',
    `def answer = cloudopsAsk prompt: ${groovyString(answer.prompt)}, conversation: ${groovyString(answer.conversation)}`,
    'cloudopsExecute plan: answer',
    ''].join('\n');
}

// ---------------------------------------------------------------- navigation
const loaders = { explorer: loadResources, executions: loadExecutions, conversations: loadConversations, accounts: loadAccounts, ask: () => {} };

function route() {
  const part = (location.hash.match(/^#\/(\w+)/) || [])[1] || 'explorer';
  const shown = loaders[part] ? part : 'explorer';
  for (const section of document.querySelectorAll('.part')) section.hidden = section.id !== shown;
  for (const link of document.querySelectorAll('nav a')) {
    if (link.dataset.part === shown) link.setAttribute('aria-current', 'page'); else link.removeAttribute('aria-current');
  }
  if (shown !== 'executions' && stream) { stream.close(); stream = null; }
  status('');
  loaders[shown]();
}

initExplorer();
$('x-status').addEventListener('change', loadExecutions);
$('x-refresh').addEventListener('click', loadExecutions);
$('c-q').addEventListener('input', () => { clearTimeout(conversationTimer); conversationTimer = setTimeout(loadConversations, 200); });
$('c-delete').addEventListener('click', deleteConversation);
if (IN_JENKINS) {
  $('c-delete').hidden = true;
  $('a-title').textContent = 'AWS credentials';
  $('answer-actions').hidden = false;
  $('answer-snippet').addEventListener('click', () => lastAnswer && copy(jenkinsfileSnippet(lastAnswer), 'Jenkinsfile snippet'));
}
$('ask-form').addEventListener('submit', ask);
window.addEventListener('hashchange', route);
route();
