//! Charts as neutral marks (lines, paths, dots, rectangles, text) in a box
//! of points, y downwards: worked out once here, drawn by the screen
//! (`ui::chart`), the report's HTML (as SVG) and its PDF alike, so a chart
//! is written once for every surface. Knows nothing of egui or files.

use crate::model::progress::IndicatorCourse;

/// What a mark is drawn with; each surface picks its colours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    Text,
    Faint,
    Axis,
    Series,
    Baseline,
    Target,
    Planned,
    Spent,
}

/// Where a text stands relative to its point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Mark {
    Line {
        from: [f32; 2],
        to: [f32; 2],
        ink: Ink,
        width: f32,
        dashed: bool,
    },
    Path {
        points: Vec<[f32; 2]>,
        ink: Ink,
        width: f32,
    },
    Dot {
        at: [f32; 2],
        radius: f32,
        ink: Ink,
    },
    Rect {
        min: [f32; 2],
        size: [f32; 2],
        ink: Ink,
    },
    /// One line of text, `at` its baseline's anchor point.
    Text {
        at: [f32; 2],
        text: String,
        size: f32,
        ink: Ink,
        anchor: Anchor,
    },
}

/// A chart: its size, its marks, and what it says in words for whoever
/// cannot see it (the PDF's alternative text, the SVG's title).
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    pub width: f32,
    pub height: f32,
    pub marks: Vec<Mark>,
    pub alt: String,
}

/// The words a chart writes, in the report's language.
pub struct ChartWords<'a> {
    pub baseline: &'a str,
    pub target: &'a str,
    pub no_values: &'a str,
    /// Writes a number as the report's language does.
    pub number: &'a dyn Fn(f64) -> String,
}

/// Size of a chart's small type.
const SMALL: f32 = 9.0;

/// `course`'s values year by year as a line with its dots, the baseline as
/// a dashed line and the target as a solid one, each named at the right.
pub fn indicator_chart(
    course: &IndicatorCourse,
    year: i32,
    words: &ChartWords<'_>,
    width: f32,
    height: f32,
) -> Chart {
    let mut marks = Vec::new();
    let (left, right, top, bottom) = (6.0, width - 92.0, 10.0, height - 16.0);
    let first_year = course.series.first().map_or(year, |(y, _)| *y).min(year);
    let last_year = course
        .target_year
        .filter(|target| *target > year && *target - year <= 15)
        .unwrap_or(year)
        .max(first_year + 1);
    let values = (course.series.iter().map(|(_, v)| *v))
        .chain(course.baseline)
        .chain(course.target);
    let (mut low, mut high) = values.fold((0.0f64, f64::MIN), |(lo, hi), v| (lo.min(v), hi.max(v)));
    if high <= low {
        high = low + 1.0;
    }
    let room = (high - low) * 0.08;
    high += room;
    if low < 0.0 {
        low -= room;
    }
    let x =
        |y: i32| left + (right - left) * (y - first_year) as f32 / (last_year - first_year) as f32;
    let y = |v: f64| bottom - (bottom - top) * ((v - low) / (high - low)) as f32;
    marks.push(Mark::Line {
        from: [left, bottom],
        to: [right, bottom],
        ink: Ink::Axis,
        width: 0.75,
        dashed: false,
    });
    for (at, anchor) in [(first_year, Anchor::Start), (last_year, Anchor::End)] {
        marks.push(Mark::Text {
            at: [x(at), height - 3.0],
            text: at.to_string(),
            size: SMALL,
            ink: Ink::Faint,
            anchor,
        });
    }
    let mut labels: Vec<(f32, String, Ink)> = Vec::new();
    if let Some(baseline) = course.baseline {
        marks.push(Mark::Line {
            from: [left, y(baseline)],
            to: [right, y(baseline)],
            ink: Ink::Baseline,
            width: 1.0,
            dashed: true,
        });
        labels.push((
            y(baseline),
            format!("{} {}", words.baseline, (words.number)(baseline)),
            Ink::Baseline,
        ));
    }
    if let Some(target) = course.target {
        marks.push(Mark::Line {
            from: [left, y(target)],
            to: [right, y(target)],
            ink: Ink::Target,
            width: 1.25,
            dashed: false,
        });
        let by = course
            .target_year
            .map(|t| format!(" ({t})"))
            .unwrap_or_default();
        labels.push((
            y(target),
            format!("{} {}{by}", words.target, (words.number)(target)),
            Ink::Target,
        ));
    }
    // Two labels closer than a line of type: the upper one moves up.
    labels.sort_by(|a, b| b.0.total_cmp(&a.0));
    let mut floor = f32::MAX;
    for (at, text, ink) in labels {
        let at = (at + SMALL * 0.35).min(floor - SMALL - 1.0).max(SMALL);
        floor = at;
        marks.push(Mark::Text {
            at: [right + 4.0, at],
            text,
            size: SMALL,
            ink,
            anchor: Anchor::Start,
        });
    }
    let points: Vec<[f32; 2]> = (course.series.iter())
        .map(|(yr, v)| [x(*yr), y(*v)])
        .collect();
    if points.len() > 1 {
        marks.push(Mark::Path {
            points: points.clone(),
            ink: Ink::Series,
            width: 1.75,
        });
    }
    for point in &points {
        marks.push(Mark::Dot {
            at: *point,
            radius: 2.5,
            ink: Ink::Series,
        });
    }
    match course.series.last() {
        Some((_, value)) => {
            let last = points[points.len() - 1];
            let anchor = if last[0] > right - 20.0 {
                Anchor::End
            } else {
                Anchor::Middle
            };
            marks.push(Mark::Text {
                at: [last[0], (last[1] - 5.0).max(SMALL)],
                text: (words.number)(*value),
                size: SMALL,
                ink: Ink::Text,
                anchor,
            });
        }
        None => marks.push(Mark::Text {
            at: [(left + right) / 2.0, (top + bottom) / 2.0],
            text: words.no_values.to_owned(),
            size: SMALL,
            ink: Ink::Faint,
            anchor: Anchor::Middle,
        }),
    }
    let mut alt = course.name.clone();
    let series: Vec<String> = (course.series.iter())
        .map(|(yr, v)| format!("{yr}: {}", (words.number)(*v)))
        .collect();
    if !series.is_empty() {
        alt.push_str(" — ");
        alt.push_str(&series.join(", "));
    }
    if let Some(baseline) = course.baseline {
        alt.push_str(&format!(
            "; {} {}",
            words.baseline,
            (words.number)(baseline)
        ));
    }
    if let Some(target) = course.target {
        alt.push_str(&format!("; {} {}", words.target, (words.number)(target)));
        if let Some(by) = course.target_year {
            alt.push_str(&format!(" ({by})"));
        }
    }
    Chart {
        width,
        height,
        marks,
        alt,
    }
}

/// One row of a money chart: its label, money planned and spent.
pub struct MoneyRow {
    pub label: String,
    pub planned: f64,
    pub spent: f64,
}

/// Money planned (a pale bar) and spent (a dark bar over it) per row, all
/// in one currency, each row's figures written at its right.
pub fn money_bars(rows: &[MoneyRow], words: &ChartWords<'_>, alt_title: &str, width: f32) -> Chart {
    const ROW: f32 = 22.0;
    let label_width = (width * 0.28).min(150.0);
    let figures_width = 150.0;
    let (left, right) = (
        label_width + 6.0,
        (width - figures_width).max(label_width + 40.0),
    );
    let most = (rows.iter())
        .map(|r| r.planned.max(r.spent))
        .fold(0.0f64, f64::max)
        .max(1.0);
    let mut marks = Vec::new();
    let mut alt = alt_title.to_owned();
    for (index, row) in rows.iter().enumerate() {
        let top = index as f32 * ROW;
        let scale = |v: f64| ((right - left) * (v.max(0.0) / most) as f32).max(0.0);
        marks.push(Mark::Text {
            at: [label_width, top + 14.0],
            text: row.label.clone(),
            size: SMALL + 1.0,
            ink: Ink::Text,
            anchor: Anchor::End,
        });
        marks.push(Mark::Rect {
            min: [left, top + 4.0],
            size: [scale(row.planned), 14.0],
            ink: Ink::Planned,
        });
        marks.push(Mark::Rect {
            min: [left, top + 8.0],
            size: [scale(row.spent), 6.0],
            ink: Ink::Spent,
        });
        let figures = format!(
            "{} / {}",
            (words.number)(row.spent),
            (words.number)(row.planned)
        );
        marks.push(Mark::Text {
            at: [right + 6.0, top + 14.0],
            text: figures.clone(),
            size: SMALL,
            ink: Ink::Faint,
            anchor: Anchor::Start,
        });
        alt.push_str(&format!("; {}: {figures}", row.label));
    }
    Chart {
        width,
        height: rows.len() as f32 * ROW + 4.0,
        marks,
        alt,
    }
}

/// Money planned and spent year by year as a chart's rows.
pub fn yearly_rows(years: &[(i32, crate::model::monitoring::Money)]) -> Vec<MoneyRow> {
    (years.iter())
        .map(|(year, money)| MoneyRow {
            label: year.to_string(),
            planned: money.planned,
            spent: money.executed,
        })
        .collect()
}

/// A chart slide's figure drawn for a box of `width` × `height` points,
/// its words in `words`' language.
pub fn figure_chart(
    figure: &crate::model::slides::Figure,
    words: crate::i18n::Language,
    width: f32,
    height: f32,
) -> Chart {
    use crate::model::slides::Figure;
    let number = |value: f64| crate::i18n::format_number(words, value, 2);
    let (baseline, target, no_values) = (
        crate::tr!(words, "chart-baseline"),
        crate::tr!(words, "chart-target"),
        crate::tr!(words, "chart-no-values"),
    );
    let chart_words = ChartWords {
        baseline: &baseline,
        target: &target,
        no_values: &no_values,
        number: &number,
    };
    match figure {
        Figure::Indicator { course, year } => {
            indicator_chart(course, *year, &chart_words, width, height)
        }
        Figure::Money { currency, years } => {
            let rows = yearly_rows(years);
            let title = crate::tr!(words, "progress-budget", currency = currency.as_str());
            money_bars(&rows, &chart_words, &title, width)
        }
    }
}
