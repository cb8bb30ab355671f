extension Stylesheet {
    /// The awareness pages (`/learn`) and the help directory: a danger box no one
    /// can miss, quotations set apart with their source, contact cards.
    static let awareness = """
    .awareness { max-width: 48rem; margin-left: auto; margin-right: auto; }
    .awareness .lead { font-size: 1.1rem; }
    .danger-box { border-left: 6px solid var(--danger); background: #fdf0ef; padding: .75rem 1rem; border-radius: var(--radius); margin: 0 0 1rem; }
    .danger-box h2 { margin: 0 0 .3rem; font-size: 1.1rem; color: var(--danger); }
    .danger-box p { margin: 0 0 .5rem; }
    .danger-box ul { display: flex; flex-wrap: wrap; gap: .5rem 1rem; list-style: none; margin: 0; padding: 0; font-weight: 600; }
    .listen { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: 0 0 1rem; }
    .listen[hidden] { display: none; }
    .listen-button::before { content: "\\25B6\\FE0E  "; }
    .listen-button[aria-pressed="true"]::before { content: "\\25A0\\FE0E  "; }
    .awareness section > h2 { border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
    figure.quote { margin: 1rem 0; padding: .75rem 1rem; border-left: 4px solid var(--brand); background: var(--wash); border-radius: 0 var(--radius) var(--radius) 0; }
    figure.quote blockquote { margin: 0; }
    figure.quote blockquote p { margin: 0; }
    figure.quote figcaption { margin-top: .4rem; font-size: .85rem; color: var(--muted); }
    ul.points { padding-left: 1.2rem; }
    ul.points li { margin: 0 0 .4rem; }
    .source { color: var(--muted); font-size: .85rem; white-space: nowrap; }
    ul.topics { list-style: none; padding: 0; display: grid; gap: .75rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
    ul.topics li { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem; }
    ul.topics a { font-weight: 700; }
    ul.topics p { margin: .3rem 0 0; color: var(--muted); font-size: .95rem; }
    .sources { font-size: .9rem; }
    .sources li { margin-bottom: .3rem; }
    .next-steps { display: flex; flex-wrap: wrap; gap: .75rem; margin: 1rem 0; }
    .help-contact h2 { margin-bottom: .3rem; }
    .help-contact .kind { margin: 0 0 .5rem; }
    .help-contact .note { margin: .75rem 0 0; white-space: pre-line; }
    .help-contact a[href^="tel:"] { font-weight: 700; font-size: 1.1rem; }
    """
}
