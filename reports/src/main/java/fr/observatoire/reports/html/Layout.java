package fr.observatoire.reports.html;

/** The page shell: inline CSS (screen and print) and the small inline script that sorts tables. */
final class Layout {

    private Layout() {
    }

    static final String CSS = """
            :root { --ink: #1b1b1b; --muted: #555; --line: #d0d0d0; --accent: #08306b; }
            * { box-sizing: border-box; }
            body { font-family: "Marianne", "Helvetica Neue", Arial, sans-serif; color: var(--ink); margin: 0; line-height: 1.45; }
            header.page { background: var(--accent); color: #fff; padding: 1.2rem 2rem; }
            header.page h1 { margin: 0 0 .3rem 0; font-size: 1.6rem; }
            header.page p { margin: 0; }
            header.page a { color: #fff; }
            nav.toc { padding: .6rem 2rem; border-bottom: 1px solid var(--line); font-size: .9rem; }
            nav.toc a { margin-right: .9rem; color: var(--accent); }
            main { padding: 0 2rem 2rem 2rem; max-width: 1200px; }
            section { margin-top: 1.6rem; }
            h2 { border-bottom: 2px solid var(--accent); padding-bottom: .2rem; font-size: 1.25rem; }
            .keys { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); gap: .8rem; }
            .key { border: 1px solid var(--line); border-radius: 4px; padding: .6rem .8rem; }
            .key .value { font-size: 1.5rem; font-weight: bold; color: var(--accent); }
            .key .label { font-weight: bold; }
            .key .denominator { color: var(--muted); font-size: .85rem; }
            .table-wrap { overflow-x: auto; }
            table { border-collapse: collapse; margin: .6rem 0; font-size: .85rem; }
            caption { text-align: left; font-weight: bold; padding: .3rem 0; }
            th, td { border: 1px solid var(--line); padding: .25rem .45rem; vertical-align: top; }
            thead th { background: #eef2f8; cursor: pointer; }
            thead th[aria-sort="ascending"]::after { content: " ▲"; }
            thead th[aria-sort="descending"]::after { content: " ▼"; }
            tbody th { text-align: left; font-weight: normal; }
            tfoot th, tfoot td { font-weight: bold; background: #f6f6f6; }
            td.num, th.num { text-align: right; white-space: nowrap; }
            .secret { color: var(--muted); font-style: italic; }
            .note, .unavailable { color: var(--muted); font-size: .85rem; }
            .unavailable { border-left: 4px solid #fd8d3c; padding: .4rem .8rem; background: #fff8f0; }
            svg.chart { max-width: 100%; height: auto; display: block; margin: .6rem 0; }
            svg text { font-family: inherit; font-size: 11px; fill: var(--ink); }
            svg .axis-title { font-weight: bold; }
            blockquote { border-left: 4px solid var(--accent); margin: .6rem 0; padding: .3rem .8rem; background: #f6f8fb; }
            blockquote footer { color: var(--muted); font-size: .85rem; }
            blockquote.kwic .theme { display: inline-block; font-size: .8rem; color: #fff; background: var(--accent); padding: 0 .4rem; border-radius: 3px; margin-right: .4rem; }
            blockquote.kwic strong { background: #fff3b0; }
            .exports a { margin-right: .6rem; }
            ul.territories { columns: 3; }
            @media print {
              nav.toc, .exports { display: none; }
              header.page { background: none; color: var(--ink); border-bottom: 2px solid var(--accent); padding: 0 0 .5rem 0; }
              header.page a { color: var(--ink); }
              main { padding: 0; max-width: none; }
              section { break-inside: avoid-page; }
              h2 { break-after: avoid-page; }
              thead th { background: none; }
              .table-wrap { overflow: visible; }
              @page { size: A4; margin: 15mm; }
            }
            """;

    static final String SCRIPT = """
            (function () {
              function key(cell, numeric) {
                var raw = cell.getAttribute('data-sort');
                if (numeric) { return raw === null || raw === '' ? -Infinity : parseFloat(raw); }
                return (raw !== null ? raw : cell.textContent).trim().toLowerCase();
              }
              function sort(table, index, th) {
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                var numeric = th.getAttribute('data-type') === 'num';
                var direction = th.getAttribute('aria-sort') === 'ascending' ? -1 : 1;
                rows.sort(function (a, b) {
                  var x = key(a.cells[index], numeric), y = key(b.cells[index], numeric);
                  var order = numeric ? (x < y ? -1 : x > y ? 1 : 0) : x.localeCompare(y, 'fr');
                  return order * direction;
                });
                Array.prototype.forEach.call(table.tHead.rows[0].cells, function (other) { other.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', direction === 1 ? 'ascending' : 'descending');
                rows.forEach(function (row) { body.appendChild(row); });
              }
              Array.prototype.forEach.call(document.querySelectorAll('table.sortable'), function (table) {
                if (!table.tHead || table.tBodies[0].rows.length < 2) { return; }
                Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, index) {
                  th.tabIndex = 0;
                  th.addEventListener('click', function () { sort(table, index, th); });
                  th.addEventListener('keydown', function (e) { if (e.key === 'Enter') { sort(table, index, th); } });
                });
              });
            })();
            """;

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + Html.escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n" + body
                + "<script>\n" + SCRIPT + "</script>\n</body>\n</html>\n";
    }
}
