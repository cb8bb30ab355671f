/// The one stylesheet, served at `/static/app.css`.
///
/// It lives in Swift rather than a resource bundle so that a single copied
/// binary is a complete installation. Mobile first; every interactive element
/// shows a visible focus ring; colours meet WCAG AA contrast on white.
enum Stylesheet {
    static let css = """
    :root {
      --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --paper: #ffffff; --wash: #f6f8fa;
      --brand: #0b5563; --brand-ink: #ffffff; --accent: #0a6cce; --danger: #b3261e; --ok: #1a7f37;
      --focus: #ffbf47; --radius: 6px;
      font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
      color: var(--ink); background: var(--wash); line-height: 1.5;
    }
    * { box-sizing: border-box; }
    body { margin: 0; min-height: 100vh; display: flex; flex-direction: column; }
    a { color: var(--accent); }
    a:hover { text-decoration-thickness: 2px; }
    :focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; box-shadow: 0 0 0 5px var(--ink); }
    .skip-link { position: absolute; left: -999px; top: 0; background: var(--paper); padding: .5rem 1rem; z-index: 10; }
    .skip-link:focus { left: .5rem; top: .5rem; }
    .site-header { background: var(--brand); color: var(--brand-ink); }
    .site-header .bar { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; padding: .6rem 1rem; max-width: 72rem; margin: 0 auto; }
    .brand { color: var(--brand-ink); font-weight: 700; font-size: 1.15rem; text-decoration: none; margin-right: auto; }
    .site-header a, .site-header button.link { color: var(--brand-ink); }
    .main-nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: .25rem .9rem; margin: 0; padding: 0; }
    .main-nav a { text-decoration: none; padding: .25rem .1rem; border-bottom: 2px solid transparent; }
    .main-nav a[aria-current="page"] { border-bottom-color: var(--brand-ink); font-weight: 600; }
    .header-tools { display: flex; align-items: center; gap: .75rem; flex-wrap: wrap; font-size: .95rem; }
    .language-switcher a { margin-left: .25rem; }
    .language-switcher a[aria-current="true"] { font-weight: 700; text-decoration: none; }
    main { flex: 1; width: 100%; max-width: 72rem; margin: 0 auto; padding: 1rem; }
    .site-footer { color: var(--muted); font-size: .85rem; text-align: center; padding: 1rem; }
    h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
    h2 { font-size: 1.2rem; margin: 1.5rem 0 .5rem; }
    .card { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem 1.25rem; margin-bottom: 1rem; }
    .card > p { margin: 0 0 1rem; }
    .narrow { max-width: 30rem; margin-left: auto; margin-right: auto; }
    .stats { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 1rem; }
    .stat { background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); padding: 1rem; }
    .stat .value { font-size: 1.8rem; font-weight: 700; display: block; }
    .page-actions { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; justify-content: space-between; margin-bottom: 1rem; }
    .page-actions h1 { margin: 0; }
    form.stacked { display: grid; gap: 1rem; max-width: 40rem; }
    .field { display: grid; gap: .3rem; }
    .field label, .field legend { font-weight: 600; }
    .hint { color: var(--muted); font-size: .9rem; margin: 0; }
    .field-error { color: var(--danger); font-weight: 600; margin: 0; }
    input[type=text], input[type=password], input[type=email], input[type=tel], input[type=search], input[type=date],
    input[type=number], input[type=month], input[type=file], select, textarea {
      font: inherit; padding: .5rem .6rem; border: 1px solid #8c959f; border-radius: var(--radius); background: var(--paper); color: var(--ink); width: 100%; min-height: 2.75rem;
    }
    [aria-invalid="true"] { border-color: var(--danger); border-width: 2px; }
    fieldset { border: 1px solid var(--line); border-radius: var(--radius); padding: .75rem 1rem; margin: 0; }
    .checkbox { display: flex; gap: .5rem; align-items: flex-start; padding: .2rem 0; }
    .checkbox input { width: 1.25rem; height: 1.25rem; margin-top: .15rem; flex-shrink: 0; } /* long labels must not squeeze the box */
    .button, button {
      font: inherit; display: inline-block; padding: .55rem 1rem; border-radius: var(--radius); border: 1px solid var(--brand);
      background: var(--brand); color: var(--brand-ink); cursor: pointer; text-decoration: none; min-height: 2.75rem; line-height: 1.6;
    }
    .button.secondary, button.secondary { background: var(--paper); color: var(--brand); }
    .button.danger, button.danger { background: var(--danger); border-color: var(--danger); }
    button.link { background: none; border: none; padding: 0; min-height: 0; text-decoration: underline; color: var(--accent); }
    .inline-form { display: inline; }
    .filters { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; align-items: end; margin-bottom: 1rem; }
    .table-wrap { overflow-x: auto; background: var(--paper); border: 1px solid var(--line); border-radius: var(--radius); }
    table { border-collapse: collapse; width: 100%; }
    caption { text-align: left; padding: .5rem .75rem; color: var(--muted); }
    th, td { text-align: left; padding: .55rem .75rem; border-bottom: 1px solid var(--line); vertical-align: top; }
    th { background: var(--wash); font-weight: 600; white-space: nowrap; }
    tr:last-child td { border-bottom: none; }
    .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; overflow-wrap: anywhere; }
    td.mono, a.mono { white-space: nowrap; }
    .badge { display: inline-block; padding: 0 .5rem; border-radius: 999px; font-size: .8rem; border: 1px solid var(--line); background: var(--wash); margin: 0 .2rem .2rem 0; }
    .badge.inactive { color: var(--danger); border-color: var(--danger); }
    .badge.active { color: var(--ok); border-color: var(--ok); }
    .badge.warning { color: #8a4b08; border-color: #8a4b08; }
    .row-actions { display: flex; flex-wrap: wrap; gap: .3rem; margin-top: .3rem; }
    .badge { white-space: nowrap; }
    /* The header's links are white; its unread count must not inherit that on a light badge. */
    .site-header .badge.unread-count { color: var(--ink); background: var(--paper); font-weight: 700; margin-left: .25rem; }
    tr.evidence-row > td { border-top: 0; padding-top: 0; }
    .evidence-table { width: auto; margin: .3rem 0; }
    .evidence-table td, .evidence-table th { padding: .15rem .6rem; }
    .evidence-table tr.for td.number { color: var(--ok); }
    .evidence-table tr.against td.number { color: var(--danger); }
    button.small { padding: .2rem .6rem; font-size: .85rem; }
    .notice { border-left: 4px solid var(--accent); background: #eef6ff; padding: .75rem 1rem; border-radius: var(--radius); margin-bottom: 1rem; }
    .notice.error { border-left-color: var(--danger); background: #fdf0ef; }
    .notice.success { border-left-color: var(--ok); background: #eefbf1; }
    .notice.warning { border-left-color: #8a4b08; background: #fff8ec; }
    /* The public report form. */
    .report-form, .report-status, .report-received { max-width: 46rem; margin-left: auto; margin-right: auto; }
    .report-languages { margin: 0 0 1rem; font-size: .95rem; }
    .report-languages a[aria-current="true"] { font-weight: 700; text-decoration: none; }
    .data-use { color: var(--muted); font-size: .88rem; margin: -.5rem 0 1rem; padding-left: .75rem; border-left: 3px solid var(--line); }
    .inline-fields { display: flex; flex-wrap: wrap; gap: 0 1rem; }
    .inline-fields .field { flex: 1 1 10rem; }
    /* Radio, label; radio, label; then the rest across both columns. */
    .field.anonymity { grid-template-columns: auto 1fr; align-items: center; column-gap: .5rem; }
    .anonymity > * { grid-column: 1 / -1; }
    .anonymity > input[type="radio"] { grid-column: 1; width: 1.25rem; height: 1.25rem; margin: 0; }
    .anonymity > input[type="radio"] + label { grid-column: 2; font-weight: 400; }
    /* Contact details appear only once the person chooses to leave them; no script needed. */
    .contact-fields { display: none; margin-top: 1rem; }
    #anonymous-no:checked ~ .contact-fields { display: block; }
    /* The spam trap: out of sight and out of the tab order, but in the markup for robots. */
    .trap { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
    .credentials dd { margin: 0 0 .75rem; }
    .credentials code { font-size: 1.5rem; letter-spacing: .05em; background: var(--wash); padding: .2rem .5rem; border-radius: var(--radius); word-break: break-all; }
    .followups { padding-left: 1.2rem; }
    .followup-text { white-space: pre-wrap; margin: 0 0 .75rem; }
    /* The panic page: one button a shaking hand can hit, and a state no one can miss. */
    .panic { max-width: 40rem; margin-left: auto; margin-right: auto; }
    .panic-button { display: block; width: min(18rem, 80vw); height: min(18rem, 80vw); margin: 1.5rem auto; border-radius: 50%;
      background: #b3261e; color: #fff; font-size: 2rem; font-weight: 700; border: .5rem solid #f4c7c3; }
    .panic-button[hidden] { display: none; }
    .panic-button:focus-visible { outline: 4px solid var(--ink, #1f2937); outline-offset: 4px; }
    .panic-state { text-align: center; font-size: 1.3rem; font-weight: 700; padding: .75rem; border-radius: var(--radius); background: var(--wash); }
    .panic-state[data-state="queued"] { background: #fff8ec; color: #8a4b08; }
    .panic-state[data-state="sent"] { background: #eefbf1; color: #14602c; }
    .panic-details .actions { display: flex; gap: .75rem; flex-wrap: wrap; }
    /* The operator console. */
    .operator-queue h2 .badge { margin-left: .5rem; }
    .operator-queue tr.kind-alert th { color: #b3261e; }
    .operator-queue td.referred ul { list-style: none; margin: 0; padding: 0; }
    .refer-finder { margin-bottom: 1.5rem; }
    #referral > .hint { max-width: 48rem; margin-top: 1rem; }
    .operator-map { margin: 0 0 1rem; }
    .operator-item .point-map { width: 100%; max-width: 40rem; height: auto; border: 1px solid var(--line); border-radius: var(--radius); }
    .map-picker .picker-map { display: block; width: 100%; max-width: 40rem; height: auto; border: 1px solid var(--line); border-radius: var(--radius); cursor: crosshair; }
    .map-picker .map-controls { margin: 0.5rem 0; }
    .operator-item .checklist label { font-weight: 400; }
    .operator-actions { display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); align-items: start; }
    .operator-actions form.stacked { align-content: start; }
    /* The statistics page sends its figures after the frame; the notice that they are coming goes once they are there. */
    main:has(#statistics-figures) #statistics-loading { display: none; }
    /* A filter form's list of many checkboxes spans the form and flows in columns, so it stays short. */
    .filters fieldset.options { grid-column: 1 / -1; display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); column-gap: 1rem; }
    .filters fieldset.options legend, .filters fieldset.options > p { grid-column: 1 / -1; }
    .secret { font-family: ui-monospace, monospace; font-size: 1.1rem; background: var(--paper); border: 2px dashed var(--brand); padding: .6rem; word-break: break-all; user-select: all; }
    .case-sections ul { list-style: none; display: flex; flex-wrap: wrap; gap: .4rem .6rem; padding: 0; margin: 0 0 1rem; }
    .case-sections a { display: inline-block; padding: .2rem .7rem; border: 1px solid var(--line); border-radius: 999px; background: var(--paper); text-decoration: none; }
    article.card h2, .card > h2:first-child { margin-top: 0; }
    details.add > summary { cursor: pointer; font-weight: 600; color: var(--accent); padding: .25rem 0; }
    details.add[open] > summary { margin-bottom: .75rem; }
    ol.timeline { list-style: none; margin: 0 0 1rem .75rem; padding: 0 0 0 1.25rem; border-left: 3px solid var(--line); counter-reset: stop; }
    ol.timeline li { position: relative; margin: 0 0 .9rem; padding-left: .5rem; counter-increment: stop; }
    /* The number matches the marker on the route map. */
    ol.timeline li::before { content: counter(stop); position: absolute; left: -2.2rem; top: -.05rem; width: 1.5rem; height: 1.5rem; line-height: 1.5rem; text-align: center; font-size: .8rem; font-weight: 700; border-radius: 50%; background: var(--paper); border: 3px solid var(--accent); }
    /* The same colours and line styles as the route map's legend (Charts' RouteMap). */
    ol.timeline li.event-recruitment::before { border-color: #0072B2; }
    ol.timeline li.event-transit::before { border-color: #E69F00; border-style: dashed; }
    ol.timeline li.event-exploitation::before { border-color: #882255; border-width: 4px; }
    ol.timeline .when { color: var(--muted); }
    .route-map svg { width: 100%; height: auto; display: block; }
    .inline-assign { display: flex; flex-wrap: wrap; gap: .75rem; align-items: end; margin-top: 1rem; }
    .actions { margin: .75rem 0 0; }
    ul.changes { list-style: none; margin: 0; padding: 0; font-size: .9rem; }
    ul.changes li { overflow-wrap: anywhere; }
    .pagination { display: flex; gap: 1rem; margin: 1rem 0; }
    .empty { color: var(--muted); padding: 1rem; text-align: center; }
    dl.details { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: .4rem 1rem; margin: 0; }
    dl.details dt { font-weight: 600; color: var(--muted); }
    dl.details dd { margin: 0; }
    /* Knowledge portal: facets beside the results, matches marked in snippets. */
    .knowledge-search { display: grid; grid-template-columns: 1fr 12rem auto; gap: .75rem; align-items: end; }
    .knowledge-layout { display: grid; grid-template-columns: 16rem 1fr; gap: 1.5rem; align-items: start; }
    .knowledge-facets h2 { font-size: 1rem; margin: 0 0 .5rem; }
    .knowledge-facets h3 { font-size: .9rem; margin: .9rem 0 .3rem; color: var(--muted); }
    .knowledge-facets ul { list-style: none; margin: 0; padding: 0; }
    .knowledge-facets a { display: flex; justify-content: space-between; gap: .5rem; padding: .15rem .4rem; border-radius: 4px; text-decoration: none; }
    .knowledge-facets a:hover, .knowledge-facets a[aria-current] { background: var(--paper); }
    .knowledge-facets a[aria-current] { font-weight: 700; outline: 2px solid var(--accent); }
    .facet-count { color: var(--muted); font-variant-numeric: tabular-nums; }
    .knowledge-result .meta, .knowledge-record .meta { color: var(--muted); margin: .25rem 0; }
    .snippet { margin: .4rem 0 0; }
    mark { background: #fde68a; color: inherit; padding: 0 .1em; border-radius: 2px; }
    .prose p { white-space: pre-line; }
    details.full-text > summary { cursor: pointer; font-weight: 600; color: var(--accent); margin: 1rem 0 .5rem; }
    .knowledge-editor fieldset.party { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .5rem; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
    @media (max-width: 40rem) {
      h1 { font-size: 1.35rem; }
      dl.details { grid-template-columns: 1fr; }
      dl.details dd { margin-bottom: .5rem; }
      .knowledge-layout, .knowledge-search { grid-template-columns: 1fr; }
      .site-header .bar { padding: .5rem .75rem; }
    }
    """ + awareness
}
