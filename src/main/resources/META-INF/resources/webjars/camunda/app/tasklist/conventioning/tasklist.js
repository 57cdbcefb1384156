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
