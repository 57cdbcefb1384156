// Tasklist made for the conventioning's users (docs/decisions.md, "Tasklist in French"): the window title, no
// migration banner, no bare priority, "Créer une tâche" for administrators only, form-js's client-side messages and
// date picker in French, the new convention's reference after a start.

const TITLE = 'Conventionnement IAE';

const style = document.createElement('style');
style.textContent = [
  '.ce-eol-banner { display: none !important; }',
  '.tasks-list .priority, [cam-tasks] .priority { display: none !important; }',
  'body:not(.cv-admin) .cv-create-task { display: none !important; }'
].join('\n');
document.head.appendChild(style);

// administrators are those the webapps let into Admin
fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' })
  .then((answer) => (answer.ok ? answer.json() : null))
  .then((user) => {
    if (user && (user.authorizedApps || []).includes('admin')) {
      document.body.classList.add('cv-admin');
    }
  })
  .catch(() => {});

const french = (number) => String(number).replace('.', ',');

// form-js's messages, which it does not translate
const MESSAGES = [
  [/^Field is required\.?$/, () => 'Ce champ est obligatoire.'],
  [/^Field must match pattern .*$/, () => "La saisie n'a pas le format attendu : vérifiez-la."],
  [/^Field must have minimum value of (.+?)\.?$/, (m) => `La valeur doit être au moins ${french(m[1])}.`],
  [/^Field must have maximum value of (.+?)\.?$/, (m) => `La valeur doit être au plus ${french(m[1])}.`],
  [/^Field must have minimum length of (\d+)\.?$/, (m) => `Saisissez au moins ${m[1]} caractères.`],
  [/^Field must have maximum length of (\d+)\.?$/, (m) => `Saisissez au plus ${m[1]} caractères.`],
  [/^Field must be a valid email\.?$/, () => 'Saisissez une adresse électronique valide.'],
  [/^Value must be a number\.?$/, () => 'Saisissez un nombre.'],
  [/^Field .*$/, () => 'Vérifiez la saisie de ce champ.']
];

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre',
  'novembre', 'décembre'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
  'October', 'November', 'December'];
const DAYS = { Sun: 'dim', Mon: 'lun', Tue: 'mar', Wed: 'mer', Thu: 'jeu', Fri: 'ven', Sat: 'sam' };

let startedReference = null;

// Tasklist counts only the selected filter's tasks: the others' counts, by filter name, refreshed now and then
const API = '/camunda/api/engine/engine/default';
let filterCounts = {};
let countedAt = 0;
function refreshCounts() {
  if (Date.now() - countedAt < 2000) {
    return;
  }
  countedAt = Date.now();
  fetch(`${API}/filter?resourceType=Task`, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((answer) => (answer.ok ? answer.json() : []))
    .then((filters) => Promise.all(filters.map((filter) => fetch(`${API}/filter/${filter.id}/count`,
      { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((answer) => (answer.ok ? answer.json() : { count: null }))
      .then((result) => [filter.name, result.count]))))
    .then((pairs) => {
      filterCounts = Object.fromEntries(pairs.filter(([, count]) => count !== null && count !== undefined));
      translate(document);
    })
    .catch(() => {});
}
refreshCounts();
setInterval(refreshCounts, 30000);
document.addEventListener('click', (event) => {
  setTimeout(refreshCounts, 1500);
  // a new attempt in the start dialog: the previous attempts' errors go, only the new answer shows
  const button = event.target.closest('.modal-footer .btn-primary');
  if (button && button.closest('.modal')) {
    button.closest('.modal').querySelectorAll('[uib-alert] .close, .alert .close').forEach((close) => close.click());
  }
});

function translate(root) {
  root.querySelectorAll('.fjs-form-field-error, .fjs-form-field-error li, .fjs-form-field-error span')
    .forEach((element) => {
      if (element.children.length) {
        return;
      }
      const text = element.textContent.trim();
      for (const [pattern, sentence] of MESSAGES) {
        const match = text.match(pattern);
        if (match) {
          element.textContent = sentence(match);
          break;
        }
      }
    });
  root.querySelectorAll('input[placeholder="mm/dd/yyyy"], input[placeholder="dd/mm/yyyy"]').forEach((input) => {
    input.setAttribute('placeholder', 'jj/mm/aaaa');
  });
  root.querySelectorAll('.flatpickr-monthDropdown-month, .cur-month').forEach((element) => {
    const index = ENGLISH_MONTHS.indexOf(element.textContent.trim());
    if (index >= 0) {
      element.textContent = MONTHS[index];
    }
  });
  root.querySelectorAll('.flatpickr-weekday').forEach((element) => {
    const day = DAYS[element.textContent.trim()];
    if (day) {
      element.textContent = day;
    }
  });
  root.querySelectorAll('a, button').forEach((element) => {
    if (element.querySelector('.glyphicon-paperclip')) {
      (element.closest('li') || element).classList.add('cv-create-task');
    }
  });
  root.querySelectorAll('.task-filter h4.name a').forEach((link) => {
    const counter = link.querySelector('.counter');
    const name = Array.from(link.childNodes).filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent).join('').trim();
    let badge = link.querySelector('.cv-count');
    const count = filterCounts[name];
    const focused = counter && counter.offsetParent !== null;
    if (count === undefined || focused) {
      if (badge) {
        badge.remove();
      }
      return;
    }
    if (!badge) {
      badge = document.createElement('span');
      badge.className = 'cv-count';
      link.appendChild(badge);
    }
    const text = ` (${count})`;
    if (badge.textContent !== text) {
      badge.textContent = text;
    }
  });
  // due dates as a date, not only "dans 14 jours": the card's own tooltip holds the date
  root.querySelectorAll('.tasks-list .due-date span[am-time-ago]').forEach((relative) => {
    const date = (relative.getAttribute('uib-tooltip') || '').trim();
    if (!date || date.includes('{{')) {
      return;
    }
    let absolute = relative.parentElement.querySelector('.cv-due');
    if (!absolute) {
      absolute = document.createElement('span');
      absolute.className = 'cv-due';
      relative.after(absolute);
    }
    const text = ` (${date})`;
    if (absolute.textContent !== text) {
      absolute.textContent = text;
    }
  });
  if (startedReference) {
    root.querySelectorAll('[uib-alert], .notifications .alert').forEach((element) => {
      if (element.dataset.cvReference || !element.textContent.includes('La convention est ouverte')) {
        return;
      }
      element.dataset.cvReference = startedReference;
      const next = document.createElement('div');
      next.innerHTML = `Référence <strong>${startedReference}</strong>. Prochaine étape : la structure rédige son`
        + ` projet d'insertion. <a href="/espace/conventions/${startedReference}">Suivre la convention</a>`;
      element.appendChild(next);
    });
  }
  if (document.title !== TITLE) {
    document.title = TITLE;
  }
}

// the start form's answer carries the new convention's reference (its business key)
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.send = function (...args) {
  this.addEventListener('load', () => {
    if (/\/process-definition\/[^/]+\/submit-form$/.test(this.responseURL || '') && this.status < 300) {
      try {
        startedReference = JSON.parse(this.responseText).businessKey || null;
      } catch (e) {
        startedReference = null;
      }
    }
  });
  return send.apply(this, args);
};

let scheduled = false;
new MutationObserver(() => {
  if (!scheduled) {
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      translate(document);
    });
  }
}).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
translate(document);
