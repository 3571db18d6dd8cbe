import { bind, currentLanguage, h, onLanguage, text, tx } from './dom.ts';
import { markReady } from './common.ts';
import { startPage } from './page.ts';
import { home as T } from './texts.ts';
import { homeBoard } from './board-texts.ts';

/** The start page: the two ways in, the board of open roles, and how the exchange works in three steps. */
const { card } = startPage(tx(T.title));

const action = (href: string, title: typeof T.applyLink, who: typeof T.applyWho) => {
  const link = h('a', { class: 'action', href }, h('strong', {}, text(tx(title))), h('span', {}, text(tx(who))));
  // The language travels with the link, also when the browser keeps no storage.
  const sync = () => link.setAttribute('href', `${href}?lang=${currentLanguage()}`);
  onLanguage(sync);
  sync();
  return link;
};

card.append(
  bind(h('p', { class: 'lead' }), tx(T.lead)),
  h(
    'div',
    { class: 'actions' },
    action('/apply/', T.applyLink, T.applyWho),
    // The open roles, to read before applying (and to apply to one from its page).
    action('/roles/', homeBoard.link, homeBoard.who),
    action('/role/', T.roleLink, T.roleWho),
  ),
  bind(h('h2'), tx(T.howTitle)),
  h('ol', { class: 'steps' }, ...[T.how1, T.how2, T.how3].map((step) => bind(h('li'), tx(step)))),
);
markReady();
