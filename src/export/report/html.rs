//! The annual report as one self-contained HTML page: its charts inline
//! SVG, its style inside, nothing fetched; printable on A4.

use std::fmt::Write as _;

use super::{Block, Report, Table};
use crate::chart::{Anchor, Chart, Ink, Mark};
use crate::export::html::escape;

const STYLE: &str = "body{font-family:system-ui,'Segoe UI',Roboto,'Noto Sans',sans-serif;color:#1d2a2e;max-width:52rem;margin:2rem auto;padding:0 1rem;line-height:1.45}\
h1{color:#0b6e77;font-size:1.9rem}h2{color:#0b6e77;margin-top:2.2rem;border-bottom:1px solid #b8bec0}h3{margin-top:1.6rem}h4{margin:1.2rem 0 .3rem}\
.subtitle{color:#5b6669}.label{font-weight:600;margin:.6rem 0 0}\
table{border-collapse:collapse;margin:.6rem 0 1rem;font-size:.92rem}caption{text-align:start;font-weight:600;padding:.3rem 0}\
th,td{border-bottom:1px solid #d6dadb;padding:.25rem .6rem;text-align:start;vertical-align:top}td.n,th.n{text-align:end;font-variant-numeric:tabular-nums}\
figure{margin:.4rem 0 1rem}figcaption{margin-bottom:.2rem}svg{max-width:100%;height:auto}.rating{font-weight:600}\
.OnTrack{color:#1e823c}.SomeProgress{color:#a06e00}.OffTrack{color:#b3261e}.NotStarted,.NoData{color:#5b6669}\
@media print{body{margin:0;max-width:none}h2{break-before:page}h3,h4,figure,table{break-inside:avoid}}";

/// The report as a page; `lang` its language tag.
pub fn report_html(report: &Report) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n",
        escape(&report.lang),
        escape(&report.title)
    );
    for block in &report.blocks {
        match block {
            Block::Title { title, subtitle } => {
                let _ = writeln!(out, "<h1>{}</h1>", escape(title));
                if !subtitle.is_empty() {
                    let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", escape(subtitle));
                }
            }
            Block::Heading { level, text } => {
                // The page's title is its h1: chapters are h2 and so on.
                let level = (level + 1).min(6);
                let _ = writeln!(out, "<h{level}>{}</h{level}>", escape(text));
            }
            Block::Paragraph(text) => {
                let _ = writeln!(out, "<p>{}</p>", escape(text));
            }
            Block::Labelled { label, text } if text.is_empty() => {
                let _ = writeln!(out, "<p class=\"label\">{}</p>", escape(label));
            }
            Block::Labelled { label, text } => {
                let _ = writeln!(
                    out,
                    "<p><span class=\"label\">{}:</span> {}</p>",
                    escape(label),
                    escape(text)
                );
            }
            Block::Bullets(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    let _ = writeln!(out, "<li>{}</li>", escape(item));
                }
                out.push_str("</ul>\n");
            }
            Block::Table(table) => table_html(&mut out, table),
            Block::Chart { caption, chart } => {
                let _ = write!(out, "<figure><figcaption>{}</figcaption>", escape(caption));
                out.push_str(&svg(chart));
                out.push_str("</figure>\n");
            }
            Block::Rating { rating, text } => {
                // The rating's colour by its class; its words say it.
                let _ = writeln!(
                    out,
                    "<p class=\"rating {}\">● {}</p>",
                    rating.code(),
                    escape(text)
                );
            }
        }
    }
    out.push_str("</main>\n</body>\n</html>\n");
    out
}

fn table_html(out: &mut String, table: &Table) {
    out.push_str("<table>\n");
    let _ = writeln!(out, "<caption>{}</caption>", escape(&table.caption));
    out.push_str("<thead><tr>");
    for (column, head) in table.head.iter().enumerate() {
        let class = if table.numeric.get(column) == Some(&true) {
            " class=\"n\""
        } else {
            ""
        };
        let _ = write!(out, "<th scope=\"col\"{class}>{}</th>", escape(head));
    }
    out.push_str("</tr></thead>\n<tbody>\n");
    for row in &table.rows {
        out.push_str("<tr>");
        for (column, cell) in row.iter().enumerate() {
            let class = if table.numeric.get(column) == Some(&true) {
                " class=\"n\""
            } else {
                ""
            };
            let _ = write!(out, "<td{class}>{}</td>", escape(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
}

/// A chart's colour on paper.
pub fn ink_hex(ink: Ink) -> &'static str {
    match ink {
        Ink::Text => "#1d2a2e",
        Ink::Faint | Ink::Baseline => "#5b6669",
        Ink::Axis => "#b8bec0",
        Ink::Series | Ink::Spent => "#0b6e77",
        Ink::Target => "#1e823c",
        Ink::Planned => "#b9dadd",
    }
}

/// `chart` as an SVG element, its words as its title for screen readers.
pub fn svg(chart: &Chart) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\"><title>{}</title>",
        escape(&chart.alt),
        w = chart.width,
        h = chart.height
    );
    for mark in &chart.marks {
        match mark {
            Mark::Line {
                from,
                to,
                ink,
                width,
                dashed,
            } => {
                let dash = if *dashed {
                    " stroke-dasharray=\"5 3\""
                } else {
                    ""
                };
                let _ = write!(
                    out,
                    "<line x1=\"{:.1}\" y1=\"{:.1}\" x2=\"{:.1}\" y2=\"{:.1}\" stroke=\"{}\" stroke-width=\"{width}\"{dash}/>",
                    from[0],
                    from[1],
                    to[0],
                    to[1],
                    ink_hex(*ink)
                );
            }
            Mark::Path { points, ink, width } => {
                let points: Vec<String> = points
                    .iter()
                    .map(|p| format!("{:.1},{:.1}", p[0], p[1]))
                    .collect();
                let _ = write!(
                    out,
                    "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{width}\"/>",
                    points.join(" "),
                    ink_hex(*ink)
                );
            }
            Mark::Dot { at, radius, ink } => {
                let _ = write!(
                    out,
                    "<circle cx=\"{:.1}\" cy=\"{:.1}\" r=\"{radius}\" fill=\"{}\"/>",
                    at[0],
                    at[1],
                    ink_hex(*ink)
                );
            }
            Mark::Rect { min, size, ink } => {
                let _ = write!(
                    out,
                    "<rect x=\"{:.1}\" y=\"{:.1}\" width=\"{:.1}\" height=\"{:.1}\" rx=\"2\" fill=\"{}\"/>",
                    min[0],
                    min[1],
                    size[0],
                    size[1],
                    ink_hex(*ink)
                );
            }
            Mark::Text {
                at,
                text,
                size,
                ink,
                anchor,
            } => {
                let anchor = match anchor {
                    Anchor::Start => "start",
                    Anchor::Middle => "middle",
                    Anchor::End => "end",
                };
                let _ = write!(
                    out,
                    "<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"{size}\" text-anchor=\"{anchor}\" fill=\"{}\" aria-hidden=\"true\">{}</text>",
                    at[0],
                    at[1],
                    ink_hex(*ink),
                    escape(text)
                );
            }
        }
    }
    out.push_str("</svg>");
    out
}
