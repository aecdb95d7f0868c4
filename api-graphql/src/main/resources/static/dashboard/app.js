// The dashboard page: the six houses' national goals (§8.1) for a year, each number's explanation down to the
// companies and cases behind it, a case's audit trail, and the dashboard builds' progress. Everything is read
// through the GraphQL API as the signed-in user; what the user's role may not read is never asked for.

import * as api from './api.js';
import * as documents from './queries.js';
import { bulletChart, chartDefinitions, progressBar } from './charts.js';

const HOUSES = [
  { id: 'HOVEDSTADEN', name: 'Hovedstaden' },
  { id: 'MIDTJYLLAND', name: 'Midtjylland' },
  { id: 'SJAELLAND', name: 'Sjælland' },
  { id: 'SYDJYLLAND', name: 'Sydjylland' },
  { id: 'NORDJYLLAND', name: 'Nordjylland' },
  { id: 'FYN', name: 'Fyn' },
];
const YEARS = [2024, 2025, 2026, 2027];
const DEFAULT_YEAR = 2025;

/** The national goals of §8.1, by number, with the Danish names the agreement uses. */
const GOALS = [
  { number: 1, name: 'Iværksættere', about: 'Vejledte virksomheder under 3 år' },
  { number: 2, name: 'Kendskab', about: 'Kender huset og dets tilbud' },
  { number: 3, name: 'Tilfredshed', about: 'Net Promoter Score' },
  { number: 4, name: 'Knudepunkt', about: 'Har brugt en henvisning' },
  { number: 5, name: 'Effekt', about: 'Mervækst over kontrolgruppen' },
  { number: 6, name: 'Bæredygtighed', about: 'Hjulpet i høj grad' },
];
const MEASURES = {
  goal1: 'Under 3 år',
  'goal2.house': 'Kender huset',
  'goal2.offers': 'Kender tilbud',
  'goal3.operations': 'Drift',
  'goal3.growth': 'Vækst',
  goal4: 'Brugt henvisning',
  'goal5.growth.revenue': 'Omsætning',
  'goal5.growth.employment': 'Beskæftigelse',
  'goal5.operations.productivity': 'Produktivitet',
  goal6: 'I høj grad',
};
/** Whose growth a measure of goal 5 is: the vækst segment's revenue and employment, the drift segment's productivity. */
const SEGMENTS = {
  'goal5.growth.revenue': 'vækstsegmentet',
  'goal5.growth.employment': 'vækstsegmentet',
  'goal5.operations.productivity': 'driftssegmentet',
  'goal3.operations': 'driftssegmentet',
  'goal3.growth': 'vækstsegmentet',
};
const ROLES = {
  ADVISER: 'Forretningsudvikler',
  HOUSE_MANAGER: 'Ledelse',
  KKR_CHAIR: 'Formand for KKR',
  BOARD_CHAIR: 'Bestyrelsesformand',
  BUSINESS_AUTHORITY_ANALYST: 'Erhvervsstyrelsen',
  MINISTRY_AUDITOR: 'Tilsyn',
  ADMINISTRATOR: 'Drift',
};
const STATUS = {
  met: { mark: '✓', text: 'Nået' },
  notMet: { mark: '✕', text: 'Ikke nået' },
  noTarget: { mark: '–', text: 'Intet mål' },
  noData: { mark: '○', text: 'Ingen data' },
};
const TARGET_SOURCES = {
  CONTRACT: 'mål fra resultatkontrakten',
  AGREEMENT_DEFAULT: 'aftalens standardmål (ingen kontrakt i kraft)',
  NONE: 'intet mål for året',
};
const COMPARISONS = { AT_LEAST: 'mindst', GREATER_THAN: 'over', AT_MOST: 'højst' };
const BUILD_STATUS = {
  BUILDING: 'Bygger', LIVE: 'Live', COMPLETE: 'Færdig', CANCELLED: 'Afbrudt', RETIRED: 'Udfaset',
};
const EVENT_TYPES = {
  GuidanceCaseOpened: 'Forløb oprettet',
  GuidanceMeetingRecorded: 'Møde registreret',
  GuidanceMeetingCorrected: 'Møde rettet',
  GuidanceMeetingWithdrawn: 'Møde trukket tilbage',
  CompanyReferred: 'Henvist til partner',
  CaseSelectedForUserEvaluation: 'Udvalgt til brugerevaluering',
  UserEvaluationReceived: 'Brugerevaluering modtaget',
  CaseRegistrationCorrected: 'Registrering rettet',
  GuidanceCaseClosed: 'Forløb afsluttet',
  GuidanceHoursCounted: 'Timer talt (20-timersreglen)',
  ManagementDecisionRequired: 'Ledelsesbeslutning krævet',
  ManagementDecisionRecorded: 'Ledelsesbeslutning registreret',
  CompanyAccountsDelivered: 'Regnskab leveret',
};
const EXPLANATION_PAGE = 20;
const AUDIT_PAGE = 25;

const session = { user: null };
let generation = 0;
let pollTimer = null;
/** Per explanation or audit trail, the cursors of the pages read so far, so that a return lands on the same page. */
const pages = new Map();

// ---------------------------------------------------------------- small helpers

/** An element with attributes and children; text is always set as text, never parsed as HTML. */
function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes).forEach(([key, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (key === 'onclick' || key === 'onchange' || key === 'onsubmit') {
      element.addEventListener(key.slice(2), value);
    } else {
      element.setAttribute(key, value === true ? '' : String(value));
    }
  });
  children.flat().forEach((child) => {
    if (child === null || child === undefined || child === false) {
      return;
    }
    element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  });
  return element;
}

function houseName(id) {
  const house = HOUSES.find((candidate) => candidate.id === id);
  return house ? house.name : id;
}

function may(operation) {
  return Boolean(session.user && session.user.operations.includes(operation));
}

function decimalsOf(value) {
  const text = String(value);
  const point = text.indexOf('.');
  return point < 0 ? 0 : text.length - point - 1;
}

/** A number as the API gave it (its rounding kept), in Danish: 1.200, 72,5 %, +3,25 pp. */
function formatValue(value, unit) {
  if (value === null || value === undefined) {
    return '–';
  }
  const number = Number(value);
  if (!Number.isFinite(number)) {
    return String(value);
  }
  const decimals = decimalsOf(value);
  const text = new Intl.NumberFormat('da-DK', {
    minimumFractionDigits: decimals, maximumFractionDigits: decimals,
  }).format(number);
  switch (unit) {
    case 'percent': return `${text} %`;
    case 'percentage points': return `${number > 0 ? '+' : ''}${text} pp`;
    default: return text;
  }
}

/** A unit the number does not already carry, in words: "virksomheder" for companies, nothing for %, pp or NPS. */
function unitWords(unit) {
  switch (unit) {
    case null: case undefined: case 'percent': case 'percentage points': case 'NPS': return '';
    case 'companies': return ' virksomheder';
    default: return ` ${unit}`;
  }
}

function formatCount(value) {
  return new Intl.NumberFormat('da-DK').format(value ?? 0);
}

function formatDateTime(instant) {
  if (!instant) {
    return '–';
  }
  return new Intl.DateTimeFormat('da-DK', {
    dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Copenhagen',
  }).format(new Date(instant));
}

function formatDate(date) {
  if (!date) {
    return '–';
  }
  return new Intl.DateTimeFormat('da-DK', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** A measure's status: met, not met, no target to hold it against, or nothing measured. */
function measureStatus(goal) {
  if (goal.met === true) {
    return 'met';
  }
  if (goal.met === false) {
    return 'notMet';
  }
  if (goal.actual === null || goal.actual === undefined) {
    return 'noData';
  }
  return 'noTarget';
}

/** A goal's status over its measures: not met if any is not met, met if every judged one is. */
function goalStatus(measures) {
  const statuses = measures.map(measureStatus);
  if (statuses.length === 0 || statuses.every((status) => status === 'noData')) {
    return 'noData';
  }
  if (statuses.includes('notMet')) {
    return 'notMet';
  }
  if (statuses.includes('met')) {
    return 'met';
  }
  return 'noTarget';
}

function statusBadge(status, extra = null) {
  const { mark, text } = STATUS[status];
  return h('span', { class: `badge badge-${status}` }, h('span', { class: 'mark', 'aria-hidden': 'true' }, mark),
    h('span', { class: 'badge-text' }, text), extra ? h('span', { class: 'badge-extra' }, extra) : null);
}

function notice(kind, message, detail = null) {
  return h('div', { class: `notice notice-${kind}`, role: kind === 'error' ? 'alert' : 'status' },
    h('p', {}, message), detail ? h('p', { class: 'notice-detail' }, detail) : null);
}

// ---------------------------------------------------------------- the frame: header, navigation, views

const main = () => document.getElementById('view');

/** Starts drawing a view; the returned check tells whether the reader has since moved on. */
function begin(view, title, subject = '') {
  generation += 1;
  const mine = generation;
  if (pollTimer) {
    clearTimeout(pollTimer);
    pollTimer = null;
  }
  const element = main();
  element.replaceChildren(h('p', { class: 'loading' }, 'Henter …'));
  element.dataset.view = view;
  element.dataset.subject = subject;
  element.dataset.state = 'loading';
  document.title = `${title} · Erhvervshusenes register`;
  renderHeader(view);
  return () => mine === generation;
}

function done(content) {
  const element = main();
  element.replaceChildren(...content);
  element.dataset.state = 'ready';
}

function failed(error, content = []) {
  if (error instanceof api.ApiError && error.kind === 'unauthenticated') {
    api.signOut();
    session.user = null;
    renderSignIn(error.message);
    return;
  }
  const element = main();
  const words = error instanceof api.ApiError ? error.message : 'Siden kunne ikke vise dette. Prøv at genindlæse den.';
  const detail = error instanceof api.ApiError && error.kind !== 'forbidden' ? error.detail : null;
  element.replaceChildren(...content, notice('error', words, detail));
  element.dataset.state = 'error';
}

function renderHeader(view) {
  const header = document.getElementById('header');
  const user = session.user;
  const nav = h('nav', { class: 'nav', 'aria-label': 'Sider' },
    h('a', { id: 'nav-overview', href: `#/overview/${currentYear()}`, class: view === 'overview' ? 'active' : null },
      'Målopfyldelse'),
    user && may('Query.dashboardBuilds')
      ? h('a', { id: 'nav-builds', href: '#/builds', class: view === 'builds' ? 'active' : null }, 'Opbygninger')
      : null);
  const who = user
    ? h('div', { class: 'who' },
      h('span', { class: 'who-name', id: 'signed-in-user' }, user.userId),
      h('span', { class: 'who-role' }, [ROLES[user.role] || user.role, user.house ? ` · Erhvervshus ${houseName(user.house)}` : '']
        .join('')),
      h('button', { type: 'button', id: 'sign-out', class: 'link-button', onclick: () => { signOutNow(); } }, 'Log ud'))
    : null;
  header.replaceChildren(
    h('div', { class: 'brand' }, h('span', { class: 'brand-mark', 'aria-hidden': 'true' }, 'EH'),
      h('div', {}, h('div', { class: 'brand-title' }, 'Erhvervshusenes register'),
        h('div', { class: 'brand-sub' }, 'Rammeaftale 2024–2027'))),
    user ? nav : h('span'),
    who || h('span'));
}

function signOutNow() {
  api.signOut();
  session.user = null;
  pages.clear();
  // The next user starts at the overview, not on a page of the one before.
  window.history.replaceState(null, '', window.location.pathname);
  renderSignIn('Du er logget ud.');
}

let lastYear = DEFAULT_YEAR;
function currentYear() {
  return lastYear;
}

// ---------------------------------------------------------------- sign-in

function renderSignIn(message = null) {
  generation += 1;
  if (pollTimer) {
    clearTimeout(pollTimer);
    pollTimer = null;
  }
  renderHeader('signin');
  document.title = 'Log ind · Erhvervshusenes register';
  const error = h('p', { id: 'signin-error', class: 'form-error', role: 'alert' }, message || '');
  const username = h('input', { id: 'signin-username', name: 'username', autocomplete: 'username', required: true });
  const password = h('input', {
    id: 'signin-password', name: 'password', type: 'password', autocomplete: 'current-password',
  });
  const token = h('textarea', { id: 'signin-token', name: 'token', rows: 3, spellcheck: 'false' });
  const submit = h('button', { type: 'submit', id: 'signin-submit', class: 'primary' }, 'Log ind');
  const tokenMode = h('details', { class: 'token-mode' },
    h('summary', {}, 'Log ind med adgangstoken (OIDC)'),
    h('label', { for: 'signin-token' }, 'Adgangstoken (Bearer)'), token,
    h('p', { class: 'hint' }, 'Bruges i drift, hvor ministeriets log-in udsteder tokens. Et token går forud for brugernavn og adgangskode.'));
  const form = h('form', {
    id: 'signin', class: 'signin-card', novalidate: true,
    onsubmit: async (event) => {
      event.preventDefault();
      const bearer = token.value.trim();
      if (!bearer && (!username.value.trim() || !password.value)) {
        error.textContent = 'Skriv brugernavn og adgangskode.';
        return;
      }
      submit.disabled = true;
      error.textContent = '';
      try {
        const header = bearer ? api.bearerAuthorization(bearer) : api.basicAuthorization(username.value.trim(), password.value);
        const data = await api.signIn(header, documents.SIGNED_IN_USER);
        session.user = data.signedInUser;
        route();
      } catch (failure) {
        error.textContent = failure instanceof api.ApiError ? failure.message : 'Log ind mislykkedes.';
        submit.disabled = false;
      }
    },
  },
  h('h1', {}, 'Log ind'),
  h('p', { class: 'lead' }, 'Målopfyldelse for erhvervshusene: de nationale mål i §8.1, husenes resultater og tallene bag dem.'),
  h('label', { for: 'signin-username' }, 'Brugernavn'), username,
  h('label', { for: 'signin-password' }, 'Adgangskode'), password,
  tokenMode, error, submit,
  h('p', { class: 'hint' }, 'Oplysningerne gemmes kun i denne fane og glemmes, når den lukkes.'));
  const element = main();
  element.replaceChildren(form);
  element.dataset.view = 'signin';
  element.dataset.subject = '';
  element.dataset.state = 'ready';
  username.focus();
}

// ---------------------------------------------------------------- overview: six houses × six goals

async function renderOverview(year) {
  lastYear = year;
  const current = begin('overview', `Målopfyldelse ${year}`, String(year));
  const houses = session.user.house ? HOUSES.filter((house) => house.id === session.user.house) : HOUSES;
  const settle = (promise) => promise.then((data) => ({ data }), (error) => ({ error }));
  const [national, ...results] = await Promise.all([
    settle(api.query(documents.NATIONAL_DASHBOARD, { year })),
    ...houses.map((house) => settle(api.query(documents.HOUSE_DASHBOARD, { house: house.id, year }))),
  ]);
  if (!current()) {
    return;
  }
  const signedOut = [national, ...results].find((result) => result.error && result.error.kind === 'unauthenticated');
  if (signedOut) {
    failed(signedOut.error);
    return;
  }
  const rows = houses.map((house, index) => ({ house, ...results[index] }));
  const explain = may('Query.explainGoal');
  const definitionSet = (national.data && national.data.nationalDashboard.definitionSet)
    || rows.map((row) => row.data && row.data.dashboard.definitionSet).find(Boolean) || '–';

  const statuses = rows.flatMap((row) => (row.data ? GOALS.map((goal) => goalStatus(
    row.data.dashboard.goals.filter((result) => result.national && result.goalNumber === goal.number))) : []));
  const count = (status) => statuses.filter((candidate) => candidate === status).length;

  const yearPicker = h('select', {
    id: 'year', 'aria-label': 'År',
    onchange: (event) => { window.location.hash = `#/overview/${event.target.value}`; },
  }, YEARS.map((candidate) => h('option', { value: candidate, selected: candidate === year }, candidate)));

  const heading = h('div', { class: 'page-head' },
    h('div', {},
      h('h1', {}, session.user.house ? `Erhvervshus ${houseName(session.user.house)} · målopfyldelse ${year}`
        : `Målopfyldelse ${year}`),
      h('p', { class: 'lead' }, session.user.house
        ? 'Husets nationale mål (§8.1) mod resultatet, og hele landet til sammenligning.'
        : 'De seks erhvervshuses nationale mål (§8.1) mod resultatet, og hele landet samlet.')),
    h('div', { class: 'controls' },
      h('label', { for: 'year' }, 'År'), yearPicker,
      h('span', { class: 'pill', title: 'Definitionssættet tallene er opgjort efter' }, `Definitionssæt ${definitionSet}`)));

  const summary = h('div', { class: 'summary', id: 'summary' },
    summaryCard('met', count('met'), statuses.length),
    summaryCard('notMet', count('notMet'), statuses.length),
    summaryCard('noTarget', count('noTarget'), statuses.length),
    summaryCard('noData', count('noData'), statuses.length));

  const table = h('table', { id: 'goal-grid', class: 'grid' },
    h('caption', {}, `Nationale mål ${year}: opgjort resultat mod mål for hvert erhvervshus`),
    h('thead', {}, h('tr', {},
      h('th', { scope: 'col', class: 'corner' }, 'Erhvervshus'),
      GOALS.map((goal) => h('th', { scope: 'col', 'data-goal-number': goal.number },
        h('span', { class: 'goal-no' }, `Mål ${goal.number}`), h('span', { class: 'goal-name' }, goal.name),
        h('span', { class: 'goal-about' }, goal.about))))),
    h('tbody', {},
      rows.map((row) => houseRow(row, year, explain)),
      nationalRow(national, year)));

  const content = [heading, summary, legend(), h('div', { class: 'grid-wrap' }, table)];
  if (!explain) {
    content.push(h('p', { class: 'hint' }, 'Din rolle ser husenes tal, ikke virksomhederne og forløbene bag dem.'));
  } else {
    content.push(h('p', { class: 'hint' }, 'Vælg et tal for at se virksomhederne og forløbene bag det, med begrundelser.'));
  }
  const locals = rows.flatMap((row) => (row.data ? row.data.dashboard.goals.filter((goal) => !goal.national)
    .map((goal) => ({ house: row.house, goal })) : []));
  if (locals.length > 0) {
    content.push(localGoals(locals));
  }
  done(content);
}

function summaryCard(status, count, total) {
  return h('div', { class: `summary-card summary-${status}`, 'data-status': status },
    h('div', { class: 'summary-count' }, h('span', { class: 'mark', 'aria-hidden': 'true' }, STATUS[status].mark), String(count)),
    h('div', { class: 'summary-text' }, `${STATUS[status].text}`, h('span', { class: 'summary-of' }, ` af ${total} mål`)));
}

function legend() {
  const sample = (status, label) => h('span', { class: 'legend-item' }, statusBadge(status), h('span', {}, label));
  return h('div', { class: 'legend', 'aria-label': 'Forklaring' },
    sample('met', 'alle opgjorte delmål nået'),
    sample('notMet', 'mindst ét delmål ikke nået'),
    sample('noTarget', 'tal, men intet mål at holde dem op mod'),
    sample('noData', 'intet opgjort endnu'),
    h('span', { class: 'legend-item' }, h('span', { class: 'legend-tick', 'aria-hidden': 'true' }),
      h('span', {}, 'lodret streg: målet')));
}

function houseRow(row, year, explain) {
  const head = h('th', { scope: 'row', class: 'house' },
    h('span', { class: 'house-prefix' }, 'Erhvervshus'), h('span', { class: 'house-name' }, row.house.name));
  if (row.error) {
    return h('tr', { 'data-house': row.house.id, class: 'failed' }, head,
      h('td', { colspan: GOALS.length }, notice('error', `Tallene for Erhvervshus ${row.house.name} kunne ikke hentes. ${row.error.message}`)));
  }
  const dashboard = row.data.dashboard;
  const contract = dashboard.contractStatus === 'IN_FORCE' ? 'Resultatkontrakt i kraft'
    : dashboard.contractStatus ? 'Resultatkontrakt ikke i kraft: aftalens mål gælder' : 'Ingen resultatkontrakt: aftalens mål gælder';
  head.appendChild(h('span', { class: 'house-contract' }, contract));
  return h('tr', { 'data-house': row.house.id }, head,
    GOALS.map((goal) => goalCell(row.house.id, goal, dashboard.goals
      .filter((result) => result.national && result.goalNumber === goal.number), year, explain)));
}

function nationalRow(national, year) {
  const head = h('th', { scope: 'row', class: 'house' },
    h('span', { class: 'house-prefix' }, 'Samlet'), h('span', { class: 'house-name' }, 'Hele landet'));
  if (national.error) {
    return h('tr', { 'data-house': 'NATIONAL', class: 'national failed' }, head,
      h('td', { colspan: GOALS.length }, notice('error', `Den nationale opgørelse kunne ikke hentes. ${national.error.message}`)));
  }
  const goals = national.data.nationalDashboard.goals;
  return h('tr', { 'data-house': 'NATIONAL', class: 'national' }, head,
    GOALS.map((goal) => goalCell('NATIONAL', goal, goals.filter((result) => result.goalNumber === goal.number), year, false)));
}

function goalCell(house, goal, measures, year, explain) {
  const status = goalStatus(measures);
  const judged = measures.filter((measure) => measure.met !== null && measure.met !== undefined);
  const extra = measures.length > 1 && judged.length > 0
    ? `${judged.filter((measure) => measure.met).length} af ${measures.length}` : null;
  return h('td', { class: `cell cell-${status}`, 'data-house': house, 'data-goal-number': goal.number, 'data-status': status },
    statusBadge(status, extra),
    measures.length === 0 ? h('p', { class: 'empty' }, 'Ikke opgjort') : null,
    measures.map((measure) => measureLine(house, measure, year, explain)));
}

function measureLine(house, measure, year, explain) {
  const status = measureStatus(measure);
  const label = MEASURES[measure.goalId] || measure.title || measure.goalId;
  const comparison = COMPARISONS[measure.comparison] || '';
  const segment = SEGMENTS[measure.goalId] ? ` (${SEGMENTS[measure.goalId]})` : '';
  const description = `${label}${segment}: ${formatValue(measure.actual, measure.unit)}`
    + (measure.target !== null && measure.target !== undefined
      ? `, mål ${comparison} ${formatValue(measure.target, measure.unit)}` : ', intet mål')
    + ` (${STATUS[status].text.toLowerCase()})`;
  const attributes = {
    class: `measure measure-${status}`,
    'data-goal-id': measure.goalId,
    'data-actual': measure.actual ?? '',
    'data-target': measure.target ?? '',
    'data-status': status,
    title: [description, measure.note, TARGET_SOURCES[measure.targetSource]].filter(Boolean).join(' · '),
  };
  const measured = measure.actual !== null && measure.actual !== undefined;
  const content = [
    h('span', { class: 'measure-line' },
      h('span', { class: 'measure-label' }, label),
      h('span', { class: 'measure-figures' },
        h('span', { class: 'mark', 'aria-hidden': 'true' }, STATUS[status].mark),
        h('span', { class: 'actual' }, formatValue(measure.actual, measure.unit)),
        h('span', { class: 'of' }, '/'),
        h('span', { class: 'target' }, measure.target === null || measure.target === undefined ? 'intet mål'
          : formatValue(measure.target, measure.unit)))),
    // Nothing measured, nothing to draw: the line above says so, and the cell stays short.
    measured ? bulletChart({ actual: measure.actual, target: measure.target, unit: measure.unit, status, label: description })
      : null,
  ];
  if (explain && house !== 'NATIONAL') {
    return h('a', {
      ...attributes, class: `${attributes.class} explain-link`, href: `#/explain/${house}/${year}/${encodeURIComponent(measure.goalId)}`,
      'aria-label': `${description}. Se tallene bag.`,
    }, content);
  }
  return h('div', attributes, content);
}

function localGoals(locals) {
  return h('section', { class: 'locals' },
    h('h2', {}, 'Lokale mål i resultatkontrakterne (§8.2)'),
    h('p', { class: 'hint' }, 'Registret har ingen definition af de lokale mål; husene opgør og rapporterer dem selv.'),
    h('table', { class: 'list' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Erhvervshus'), h('th', {}, 'Mål'), h('th', {}, 'Måltal'), h('th', {}, 'Bemærkning'))),
      h('tbody', {}, locals.map(({ house, goal }) => h('tr', {},
        h('td', {}, house.name), h('td', {}, goal.title || goal.goalId, goal.measure ? h('div', { class: 'hint' }, goal.measure) : null),
        h('td', { class: 'num' }, goal.target === null || goal.target === undefined ? '–'
          : `${COMPARISONS[goal.comparison] || ''} ${formatValue(goal.target, goal.unit)}${unitWords(goal.unit)}`),
        h('td', {}, goal.note || ''))))));
}

// ---------------------------------------------------------------- drill-down: a number and what is behind it

async function renderExplanation(house, year, goalId, cursor) {
  lastYear = year;
  const paging = pagingOf(`explain/${house}/${year}/${goalId}`, cursor);
  const after = paging.cursors[paging.cursors.length - 1];
  const label = MEASURES[goalId] || goalId;
  const current = begin('explanation', `${label} · Erhvervshus ${houseName(house)} ${year}`,
    `${house}/${year}/${goalId}`);
  const crumbs = h('nav', { class: 'crumbs', 'aria-label': 'Sti' },
    h('a', { href: `#/overview/${year}`, id: 'back-to-overview' }, `Målopfyldelse ${year}`), ' › ',
    h('span', {}, `Erhvervshus ${houseName(house)}`), ' › ', h('span', {}, label));
  if (!may('Query.explainGoal')) {
    failed(new api.ApiError('forbidden', 'Din rolle ser husets tal, ikke virksomhederne og forløbene bag dem.'), [crumbs]);
    return;
  }
  let data;
  try {
    data = await api.query(documents.GOAL_EXPLANATION, { house, year, goal: goalId, first: EXPLANATION_PAGE, after });
  } catch (error) {
    if (current()) {
      failed(error, [crumbs]);
    }
    return;
  }
  if (!current()) {
    return;
  }
  const goal = data.dashboard.goal;
  const explanation = data.explainGoal;
  const content = [crumbs];
  const numberName = goal && goal.goalNumber ? GOALS.find((candidate) => candidate.number === goal.goalNumber) : null;
  content.push(h('div', { class: 'page-head' }, h('div', {},
    h('h1', {}, numberName ? `Mål ${numberName.number} · ${numberName.name}: ${label}` : label),
    h('p', { class: 'lead' }, `Erhvervshus ${houseName(house)}, ${year}`, goal && goal.title ? ` — ${goal.title}` : ''))));
  if (goal) {
    content.push(figureCard(goal));
  } else {
    content.push(notice('info', 'Dashboardet har intet mål med denne betegnelse.'));
  }

  const start = (paging.cursors.length - 1) * EXPLANATION_PAGE;
  const edges = explanation.edges;
  content.push(h('h2', {}, 'Virksomheder og forløb bag tallet'));
  if (explanation.note) {
    content.push(notice('info', explanation.note));
  }
  if (edges.length === 0) {
    content.push(notice('info', explanation.totalCount === 0
      ? 'Intet er registreret bag dette tal endnu.' : 'Der er ikke flere poster.'));
  } else {
    const auditable = may('Query.auditTrail');
    const valued = edges.some(({ node }) => node.value !== null && node.value !== undefined);
    content.push(h('div', { class: 'table-wrap' }, h('table', { id: 'explanation', class: 'list' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'CVR'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Begrundelse'),
        valued ? h('th', { scope: 'col', class: 'num' }, 'Værdi') : null, h('th', { scope: 'col' }, 'Revisionsspor'))),
      h('tbody', {}, edges.map(({ node }) => h('tr', {
        class: node.counted ? 'counted' : 'excluded', 'data-cvr': node.cvr || '', 'data-case-id': node.caseId || '',
      },
      h('td', { class: 'mono' }, node.cvr || '–'),
      h('td', {}, node.counted
        ? h('span', { class: 'tag tag-counted' }, h('span', { 'aria-hidden': 'true' }, '✓ '), 'Talt med')
        : h('span', { class: 'tag tag-excluded' }, h('span', { 'aria-hidden': 'true' }, '– '), 'Udeladt'),
      node.category ? h('div', { class: 'hint' }, { PROMOTER: 'Anbefaler', PASSIVE: 'Passiv', DETRACTOR: 'Kritiker' }[node.category]) : null),
      h('td', { class: 'reason' }, node.reason),
      valued ? h('td', { class: 'num' }, node.value === null || node.value === undefined ? '' : formatValue(node.value, null)) : null,
      h('td', { class: 'links' },
        auditable && node.caseId ? h('a', {
          class: 'audit-link', 'data-case-id': node.caseId, href: `#/audit/case/${encodeURIComponent(node.caseId)}`,
        }, 'Forløbet') : null,
        auditable && node.cvr ? h('a', {
          class: 'audit-company-link', 'data-cvr': node.cvr, href: `#/audit/company/${encodeURIComponent(node.cvr)}`,
        }, 'Virksomheden') : null)))))));
  }
  content.push(pager({
    shown: edges.length, start, total: explanation.totalCount, hasNext: explanation.pageInfo.hasNextPage,
    previous: paging.cursors.length > 1
      ? () => renderExplanation(house, year, goalId, paging.cursors.slice(0, -1)) : null,
    next: explanation.pageInfo.hasNextPage
      ? () => renderExplanation(house, year, goalId, [...paging.cursors, explanation.pageInfo.endCursor]) : null,
  }));
  done(content);
}

function figureCard(goal) {
  const status = measureStatus(goal);
  const counts = goal.counts || {};
  const countLine = [
    counts.counted !== null && counts.counted !== undefined ? `Talt med: ${formatCount(counts.counted)}` : null,
    counts.excluded !== null && counts.excluded !== undefined ? `Udeladt: ${formatCount(counts.excluded)}` : null,
    counts.denominator ? `Andel: ${formatCount(counts.numerator)} af ${formatCount(counts.denominator)}` : null,
    counts.respondents ? `Besvarelser: ${formatCount(counts.respondents)}` : null,
    counts.promoters !== null && counts.promoters !== undefined && counts.respondents
      ? `Anbefalere ${formatCount(counts.promoters)}, passive ${formatCount(counts.passives)}, kritikere ${formatCount(counts.detractors)}` : null,
    counts.controlGroupGrowth !== null && counts.controlGroupGrowth !== undefined
      ? `Virksomhedernes vækst ${formatValue(counts.companyMeanGrowth, 'percent')}, kontrolgruppens ${formatValue(counts.controlGroupGrowth, 'percent')}` : null,
  ].filter(Boolean);
  return h('section', { class: `figure figure-${status}`, id: 'figure', 'data-goal-id': goal.goalId,
    'data-actual': goal.actual ?? '', 'data-target': goal.target ?? '' },
  h('div', { class: 'figure-numbers' },
    h('div', { class: 'figure-actual' }, h('span', { class: 'figure-label' }, 'Opgjort'),
      h('span', { class: 'figure-value actual' }, formatValue(goal.actual, goal.unit))),
    h('div', { class: 'figure-target' }, h('span', { class: 'figure-label' }, `Mål ${COMPARISONS[goal.comparison] || ''}`),
      h('span', { class: 'figure-value target' }, goal.target === null || goal.target === undefined ? 'intet mål' : formatValue(goal.target, goal.unit))),
    h('div', {}, statusBadge(status), h('div', { class: 'hint' }, TARGET_SOURCES[goal.targetSource] || ''))),
  bulletChart({ actual: goal.actual, target: goal.target, unit: goal.unit, status, label: MEASURES[goal.goalId] || goal.goalId, width: 420, height: 22 }),
  countLine.length ? h('p', { class: 'counts' }, countLine.join(' · ')) : null,
  goal.note ? h('p', { class: 'note' }, goal.note) : null,
  goal.delivery ? h('p', { class: 'hint' }, `Bygger på ${goal.delivery.source}, revision ${goal.delivery.revision}, `
    + `${goal.delivery.preliminary ? 'foreløbige tal' : 'endelige tal'}${goal.delivery.deliveredOn ? `, leveret ${formatDate(goal.delivery.deliveredOn)}` : ''}.`) : null,
  goal.definition ? h('details', { class: 'definition' }, h('summary', {}, `Sådan opgøres tallet (${goal.definitionId})`),
    h('p', {}, goal.definition)) : null);
}

function pager({ shown, start, total, previous, next }) {
  return h('div', { class: 'pager' },
    h('span', { class: 'pager-text', id: 'pager-text' }, total !== undefined && total !== null
      ? (shown > 0 ? `Viser ${formatCount(start + 1)}–${formatCount(start + shown)} af ${formatCount(total)}` : `${formatCount(total)} i alt`)
      : (shown > 0 ? `Side med ${formatCount(shown)} poster` : '')),
    h('button', { type: 'button', id: 'pager-previous', disabled: !previous, onclick: previous || undefined }, '‹ Forrige side'),
    h('button', { type: 'button', id: 'pager-next', disabled: !next, onclick: next || undefined }, 'Næste side ›'));
}

function pagingOf(key, cursors) {
  if (!pages.has(key)) {
    pages.set(key, { cursors: [null] });
  }
  const paging = pages.get(key);
  if (cursors !== undefined) {
    paging.cursors = cursors;
  }
  return paging;
}

// ---------------------------------------------------------------- audit trail of a case or a company

async function renderAudit(kind, id, cursor) {
  const paging = pagingOf(`audit/${kind}/${id}`, cursor);
  const after = paging.cursors[paging.cursors.length - 1];
  const subject = kind === 'case' ? `forløb ${id}` : `virksomhed med CVR ${id}`;
  const current = begin('audit', `Revisionsspor for ${subject}`, `${kind}/${id}`);
  const back = h('nav', { class: 'crumbs', 'aria-label': 'Sti' },
    h('a', { href: `#/overview/${currentYear()}` }, `Målopfyldelse ${currentYear()}`), ' › ',
    h('button', { type: 'button', class: 'link-button', id: 'back', onclick: () => window.history.back() }, 'Tilbage'));
  if (!may('Query.auditTrail')) {
    failed(new api.ApiError('forbidden', 'Din rolle læser ikke revisionssporet.'), [back]);
    return;
  }
  const filter = kind === 'case' ? { caseId: id } : { cvr: id };
  let data;
  try {
    data = await api.query(documents.AUDIT_TRAIL, { filter, first: AUDIT_PAGE, after });
  } catch (error) {
    if (current()) {
      failed(error, [back]);
    }
    return;
  }
  if (!current()) {
    return;
  }
  const trail = data.auditTrail;
  const content = [back, h('div', { class: 'page-head' }, h('div', {},
    h('h1', {}, `Revisionsspor: ${subject}`),
    h('p', { class: 'lead' }, 'Hver hændelse i loggen med hvem der registrerede den, i hvilken rolle, hvornår og hvorfor (§10.2). '
      + 'Rettelser ændrer aldrig det registrerede; de står som nye hændelser.')))];
  if (trail.edges.length === 0) {
    content.push(notice('info', paging.cursors.length > 1 ? 'Der er ikke flere hændelser.'
      : 'Loggen har ingen hændelser, som du kan se, for dette.'));
  } else {
    content.push(h('div', { class: 'table-wrap' }, h('table', { id: 'audit-trail', class: 'list' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col', class: 'num' }, 'Position'), h('th', { scope: 'col' }, 'Registreret'),
        h('th', { scope: 'col' }, 'Hændelse'), h('th', { scope: 'col' }, 'Forretningsdato'),
        h('th', { scope: 'col' }, 'Bruger'), h('th', { scope: 'col' }, 'Begrundelse og rettelse'))),
      h('tbody', {}, trail.edges.map(({ node }) => h('tr', { 'data-position': node.position, 'data-event-type': node.eventType },
        h('td', { class: 'num mono' }, node.position),
        h('td', {}, formatDateTime(node.recordedAt)),
        h('td', {}, h('div', {}, EVENT_TYPES[node.eventType] || node.eventType), h('div', { class: 'hint mono' }, node.eventType),
          node.payload ? h('details', { class: 'payload' }, h('summary', {}, 'Indhold'), h('pre', {}, prettyJson(node.payload))) : null),
        h('td', {}, formatDate(node.businessDate)),
        h('td', {}, h('div', {}, node.userId || '–'), h('div', { class: 'hint' }, [ROLES[node.role] || node.role || '',
          node.userHouse ? ` · ${houseName(node.userHouse)}` : ''].join(''))),
        h('td', {}, node.reason ? h('div', {}, node.reason) : null, correctionText(node.correction))))))));
  }
  content.push(pager({
    shown: trail.edges.length, start: null, total: null,
    previous: paging.cursors.length > 1 ? () => renderAudit(kind, id, paging.cursors.slice(0, -1)) : null,
    next: trail.pageInfo.hasNextPage ? () => renderAudit(kind, id, [...paging.cursors, trail.pageInfo.endCursor]) : null,
  }));
  done(content);
}

function prettyJson(text) {
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch (notJson) {
    return text;
  }
}

function correctionText(correction) {
  if (!correction) {
    return null;
  }
  return h('ul', { class: 'changes' }, correction.fields.map((field) => h('li', {},
    h('span', { class: 'mono' }, field.name), ': ', field.previous ?? '–', ' → ', field.corrected ?? '–')),
  correction.previousPosition ? h('li', { class: 'hint' }, `rettet fra position ${correction.previousPosition}`) : null);
}

// ---------------------------------------------------------------- dashboard builds (rebuilds)

async function renderBuilds(first = true) {
  const current = first ? begin('builds', 'Opbygninger') : () => main().dataset.view === 'builds';
  const mine = generation;
  let data;
  try {
    data = await api.query(documents.DASHBOARD_BUILDS);
  } catch (error) {
    if (current() && mine === generation) {
      failed(error);
    }
    return;
  }
  if (!current() || mine !== generation) {
    return;
  }
  const builds = data.dashboardBuilds;
  const building = builds.some((build) => build.status === 'BUILDING');
  const content = [h('div', { class: 'page-head' }, h('div', {},
    h('h1', {}, 'Opbygninger af dashboards'),
    h('p', { class: 'lead' }, 'Hver opbygning læser hele loggen efter et definitionssæt ind i sine egne visninger, mens '
      + 'standardopbygningen fortsat svarer. Siden opdateres af sig selv.')),
  h('div', { class: 'controls' }, h('span', { class: 'pill', id: 'builds-updated' },
    `Opdateret ${new Intl.DateTimeFormat('da-DK', { timeStyle: 'medium', timeZone: 'Europe/Copenhagen' }).format(new Date())}`)))];
  if (builds.length === 0) {
    content.push(notice('info', 'Der er ingen opbygninger endnu.'));
  } else {
    content.push(h('div', { class: 'table-wrap' }, h('table', { id: 'builds', class: 'list' },
      h('thead', {}, h('tr', {},
        h('th', { scope: 'col' }, 'Opbygning'), h('th', { scope: 'col' }, 'Status'), h('th', { scope: 'col' }, 'Fremdrift'),
        h('th', { scope: 'col' }, 'Startet'), h('th', { scope: 'col' }, 'Færdig'))),
      h('tbody', {}, builds.map((build) => buildRow(build))))));
  }
  done(content);
  pollTimer = setTimeout(() => { if (mine === generation) { renderBuilds(false); } }, building ? 2000 : 10000);
}

function buildRow(build) {
  const progress = build.progress;
  const detail = [
    `${formatCount(progress.eventsDone)} af ${formatCount(progress.eventsTotal)} hændelser`,
    build.status === 'BUILDING' && progress.eventsPerSecond ? `${formatCount(Math.round(progress.eventsPerSecond))}/s` : null,
    build.status === 'BUILDING' && progress.secondsLeft !== null && progress.secondsLeft !== undefined
      ? `ca. ${formatCount(progress.secondsLeft)} s tilbage` : null,
  ].filter(Boolean).join(' · ');
  const bound = build.upTo ? (build.upTo.position ? `til position ${build.upTo.position}`
    : build.upTo.recordedAt ? `som registreret ${formatDateTime(build.upTo.recordedAt)}`
      : build.upTo.businessDate ? `som sket til ${formatDate(build.upTo.businessDate)}` : null) : null;
  return h('tr', { 'data-build': build.id, 'data-status': build.status },
    h('td', {}, h('div', { class: 'build-id' }, build.id, build.isDefault ? h('span', { class: 'tag tag-default' }, 'Standard') : null),
      h('div', { class: 'hint' }, `Definitionssæt ${build.definitionSet}${bound ? `, ${bound}` : ''}`)),
    h('td', {}, h('span', { class: `tag build-${build.status.toLowerCase()}` }, BUILD_STATUS[build.status] || build.status)),
    h('td', {}, progressBar(progress.percentDone, `${Math.round(progress.percentDone)} %`),
      h('div', { class: 'hint' }, `${new Intl.NumberFormat('da-DK', { maximumFractionDigits: 1 }).format(progress.percentDone)} % · ${detail}`),
      progress.error ? notice('error', `Opbygningen prøver igen efter en fejl: ${progress.error}`) : null),
    h('td', {}, formatDateTime(build.startedAt), build.startedBy ? h('div', { class: 'hint' }, build.startedBy) : null),
    h('td', {}, formatDateTime(build.finishedAt || build.endedAt),
      build.promotedAt ? h('div', { class: 'hint' }, `Taget i brug ${formatDateTime(build.promotedAt)}`) : null));
}

// ---------------------------------------------------------------- routing

async function route() {
  if (!api.authorization()) {
    renderSignIn();
    return;
  }
  if (!session.user) {
    const current = begin('loading', 'Henter');
    try {
      session.user = (await api.query(documents.SIGNED_IN_USER)).signedInUser;
    } catch (error) {
      if (current()) {
        failed(error);
      }
      return;
    }
    if (!current()) {
      return;
    }
  }
  const parts = window.location.hash.replace(/^#\/?/, '').split('/').map((part) => decodeURIComponent(part));
  const year = (text) => (YEARS.includes(Number(text)) ? Number(text) : DEFAULT_YEAR);
  switch (parts[0]) {
    case 'explain':
      if (parts.length >= 4 && HOUSES.some((house) => house.id === parts[1])) {
        renderExplanation(parts[1], year(parts[2]), parts[3]);
        return;
      }
      break;
    case 'audit':
      if ((parts[1] === 'case' || parts[1] === 'company') && parts[2]) {
        renderAudit(parts[1], parts[2]);
        return;
      }
      break;
    case 'builds':
      renderBuilds();
      return;
    case 'overview':
      renderOverview(year(parts[1]));
      return;
    default:
      break;
  }
  renderOverview(lastYear);
}

document.body.appendChild(chartDefinitions());
window.addEventListener('hashchange', () => route());
route();
