//! The annual report: what the council and the campaign read about a
//! year, laid out once as neutral blocks (headings, paragraphs, lists,
//! tables, charts) that the PDF (`export::pdf::report`), the HTML page
//! (`html`) and the workbook annex (`xlsx`) each render. It says nothing the
//! officer did not enter, and internal programs never appear.

pub mod html;
pub mod xlsx;

use std::collections::BTreeMap;

use crate::chart::{Chart, ChartWords, indicator_chart, money_bars, yearly_rows};
use crate::i18n::{Language, format_moment, format_number};
use crate::model::Document;
use crate::model::monitoring::{ByCurrency, Money, YearFigures};
use crate::model::progress::{IndicatorCourse, ProgramCourse, Progress};
use crate::model::year::Rating;
use crate::tr;

/// One block of the report, in reading order.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Title {
        title: String,
        subtitle: String,
    },
    /// Level 1 (a chapter) to 3 (a program).
    Heading {
        level: u8,
        text: String,
    },
    Paragraph(String),
    /// A label and its text ("Difficulties", "Rooms hard to book…").
    Labelled {
        label: String,
        text: String,
    },
    Bullets(Vec<String>),
    Table(Table),
    /// A chart and the words above it (kept on one page with it).
    Chart {
        caption: String,
        chart: Chart,
    },
    /// A program's rating for the year: a mark of its colour and its words.
    Rating {
        rating: Rating,
        text: String,
    },
}

#[derive(Clone, Debug, PartialEq)]
pub struct Table {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
    /// Which columns hold figures (set flush right).
    pub numeric: Vec<bool>,
}

/// The report of `year`: its title, language and blocks.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub title: String,
    pub lang: String,
    pub blocks: Vec<Block>,
}

/// Chart sizes in points: an indicator's, and a money chart's width.
pub const CHART_WIDTH: f32 = 420.0;
pub const CHART_HEIGHT: f32 = 130.0;

impl Report {
    /// The report of `year` of `document` in content language `lang`,
    /// Carta's own words in that language where Carta speaks it.
    pub fn of(document: &Document, year: i32, lang: &str) -> Self {
        let words = Language::from_tag(lang).unwrap_or_default();
        let progress = Progress::of(document, year, lang);
        let figures = YearFigures::of(document, year, lang);
        let number = move |value: f64| format_number(words, value, 2);
        let chart_words = ChartWords {
            baseline: &tr!(words, "chart-baseline"),
            target: &tr!(words, "chart-target"),
            no_values: &tr!(words, "chart-no-values"),
            number: &number,
        };
        let mut writer = Writer {
            words,
            blocks: Vec::new(),
            number: &number,
            chart_words: &chart_words,
        };
        let title = tr!(
            words,
            "report-title",
            city = progress.city.as_str(),
            year = year
        );
        writer.title(&progress, &title);
        writer.introduction(&progress);
        writer.summary(&progress, &figures);
        writer.by_area(&progress);
        writer.goals(&progress, &figures);
        writer.rights(&progress, &figures);
        writer.consultations(&progress);
        writer.annex(&progress, &figures);
        Self {
            title,
            lang: lang.to_owned(),
            blocks: writer.blocks,
        }
    }
}

struct Writer<'a> {
    words: Language,
    blocks: Vec<Block>,
    number: &'a dyn Fn(f64) -> String,
    chart_words: &'a ChartWords<'a>,
}

impl Writer<'_> {
    fn heading(&mut self, level: u8, text: String) {
        self.blocks.push(Block::Heading { level, text });
    }

    fn title(&mut self, progress: &Progress, title: &str) {
        let subtitle = match progress.adopted {
            Some(date) => tr!(
                self.words,
                "report-adopted",
                date = format_moment(self.words, date)
            ),
            None => String::new(),
        };
        self.blocks.push(Block::Title {
            title: title.to_owned(),
            subtitle,
        });
    }

    fn introduction(&mut self, progress: &Progress) {
        if progress.introduction.is_empty() {
            return;
        }
        self.heading(1, tr!(self.words, "report-introduction"));
        for paragraph in progress.introduction.split("\n\n") {
            if !paragraph.trim().is_empty() {
                self.blocks
                    .push(Block::Paragraph(paragraph.trim().to_owned()));
            }
        }
    }

    fn summary(&mut self, progress: &Progress, figures: &YearFigures) {
        let words = self.words;
        self.heading(1, tr!(words, "report-summary", year = progress.year));
        let indicators: usize = progress.programs.iter().map(|p| p.indicators.len()).sum();
        let valued = indicators - progress.missing_values().count();
        #[allow(clippy::cast_precision_loss)]
        let reached = (self.number)(figures.beneficiaries as f64);
        let mut lines = vec![
            tr!(words, "report-programs", count = figures.programs),
            tr!(
                words,
                "report-valued",
                valued = valued,
                count = indicators,
                year = progress.year
            ),
            tr!(
                words,
                "report-reviewed",
                reviewed = figures.programs - figures.missing_reviews,
                count = figures.programs
            ),
        ];
        if figures.beneficiaries > 0 {
            lines.push(tr!(
                words,
                "report-reached",
                count = reached,
                year = progress.year
            ));
        }
        for rating in Rating::ALL {
            if let Some(count) = figures.ratings.get(rating.code()) {
                lines.push(format!("{}: {count}", tr!(words, &rating.key())));
            }
        }
        self.blocks.push(Block::Bullets(lines));
        if !figures.budget.total.is_empty() {
            self.money_table(
                tr!(words, "report-budget-caption", year = progress.year),
                tr!(words, "report-col-currency"),
                figures
                    .budget
                    .total
                    .iter()
                    .map(|(currency, money)| (currency.clone(), *money)),
            );
            if figures.budget.spent_unreported > 0 {
                self.blocks.push(Block::Paragraph(tr!(
                    words,
                    "report-spent-unreported",
                    count = figures.budget.spent_unreported
                )));
            }
        }
        for (currency, years) in progress.money_by_currency() {
            let rows = yearly_rows(&years);
            let title = tr!(words, "progress-budget", currency = currency.as_str());
            self.heading(2, title.clone());
            self.blocks.push(Block::Chart {
                caption: tr!(words, "progress-budget-key"),
                chart: money_bars(&rows, self.chart_words, &title, CHART_WIDTH + 60.0),
            });
        }
    }

    /// A table of money per row, one currency per row (never summed across).
    fn money_table(
        &mut self,
        caption: String,
        first: String,
        rows: impl Iterator<Item = (String, Money)>,
    ) {
        let words = self.words;
        let rows = rows
            .map(|(label, money)| {
                let share = if money.planned > 0.0 {
                    format!(
                        "{} %",
                        format_number(words, money.executed / money.planned * 100.0, 0)
                    )
                } else {
                    String::new()
                };
                vec![
                    label,
                    (self.number)(money.planned),
                    (self.number)(money.executed),
                    share,
                ]
            })
            .collect();
        self.blocks.push(Block::Table(Table {
            caption,
            head: vec![
                first,
                tr!(words, "report-col-planned"),
                tr!(words, "report-col-spent"),
                tr!(words, "report-col-share"),
            ],
            rows,
            numeric: vec![false, true, true, true],
        }));
    }

    fn by_area(&mut self, progress: &Progress) {
        let words = self.words;
        self.heading(1, tr!(words, "report-by-area"));
        let mut groups: Vec<(String, &[usize])> = (progress.areas.iter())
            .filter(|area| !area.programs.is_empty())
            .map(|area| (area.title.clone(), area.programs.as_slice()))
            .collect();
        if !progress.unplaced.is_empty() {
            groups.push((
                tr!(words, "report-other-programs"),
                progress.unplaced.as_slice(),
            ));
        }
        for (title, programs) in groups {
            self.heading(2, title);
            for at in programs {
                if let Some(program) = progress.programs.get(*at) {
                    self.program(program, progress.year);
                }
            }
        }
    }

    fn program(&mut self, program: &ProgramCourse, year: i32) {
        let words = self.words;
        self.heading(3, format!("#{} {}", program.id.0, program.title));
        match &program.review {
            Some(review) => {
                self.blocks.push(Block::Rating {
                    rating: review.rating,
                    text: tr!(
                        words,
                        "report-rating",
                        rating = tr!(words, &review.rating.key()),
                        year = year
                    ),
                });
                for (text, key) in [
                    (&review.achieved, "review-achieved-label"),
                    (&review.difficulties, "review-difficulties-label"),
                    (&review.next_steps, "review-next-steps-label"),
                ] {
                    if !text.is_empty() {
                        self.blocks.push(Block::Labelled {
                            label: tr!(words, key),
                            text: text.clone(),
                        });
                    }
                }
            }
            None => self.blocks.push(Block::Paragraph(tr!(
                words,
                "report-not-reviewed",
                year = year
            ))),
        }
        if let Some(reached) = program.reached {
            #[allow(clippy::cast_precision_loss)]
            let count = (self.number)(reached as f64);
            self.blocks.push(Block::Paragraph(tr!(
                words,
                "report-program-reached",
                count = count,
                year = year
            )));
        }
        for indicator in &program.indicators {
            self.indicator(indicator, year);
        }
    }

    fn indicator(&mut self, indicator: &IndicatorCourse, year: i32) {
        let unit = if indicator.unit.is_empty() {
            String::new()
        } else {
            format!(" ({})", indicator.unit)
        };
        self.blocks.push(Block::Chart {
            caption: format!(
                "{}: {}{unit}",
                tr!(self.words, "report-indicator"),
                indicator.name
            ),
            chart: indicator_chart(indicator, year, self.chart_words, CHART_WIDTH, CHART_HEIGHT),
        });
    }

    /// The Voluntary Local Review's part: goal by goal, its programs, its
    /// indicators and its money.
    fn goals(&mut self, progress: &Progress, figures: &YearFigures) {
        let words = self.words;
        let served = served_by(progress, |course| &course.sdgs);
        if served.is_empty() {
            return;
        }
        self.heading(1, tr!(words, "report-goals"));
        self.blocks
            .push(Block::Paragraph(tr!(words, "report-goals-intro")));
        for (goal, programs) in served {
            let name = crate::model::vocab::sdg_name(words, goal).unwrap_or_default();
            self.heading(
                2,
                format!("{} · {name}", tr!(words, "progress-sdg", goal = goal)),
            );
            self.served(progress, &programs);
            self.sums(&figures.budget.by_sdg, &goal.to_string(), progress.year);
        }
    }

    fn rights(&mut self, progress: &Progress, figures: &YearFigures) {
        let words = self.words;
        let served = served_by(progress, |course| &course.rights);
        if served.is_empty() {
            return;
        }
        self.heading(1, tr!(words, "report-rights"));
        for (article, programs) in served {
            let name = crate::model::vocab::udhr_title(words, article).unwrap_or_default();
            self.heading(
                2,
                format!(
                    "{} · {name}",
                    tr!(words, "progress-article", article = article)
                ),
            );
            self.served(progress, &programs);
            self.sums(
                &figures.budget.by_right,
                &article.to_string(),
                progress.year,
            );
        }
    }

    /// The programs `at` (serving a goal or an article), and their
    /// indicators' latest values against their targets.
    fn served(&mut self, progress: &Progress, at: &[usize]) {
        let words = self.words;
        let mut programs = Vec::new();
        let mut indicators = Vec::new();
        for course in at.iter().filter_map(|at| progress.programs.get(*at)) {
            programs.push(format!("#{} {}", course.id.0, course.title));
            for indicator in &course.indicators {
                let latest = match indicator.series.last() {
                    Some((year, value)) => format!("{} ({year})", (self.number)(*value)),
                    None => tr!(words, "chart-no-values"),
                };
                let target = indicator
                    .target
                    .map(|t| format!(" · {} {}", tr!(words, "chart-target"), (self.number)(t)))
                    .unwrap_or_default();
                indicators.push(format!("{}: {latest}{target}", indicator.name));
            }
        }
        self.blocks.push(Block::Labelled {
            label: tr!(words, "report-served-by"),
            text: String::new(),
        });
        self.blocks.push(Block::Bullets(programs));
        if !indicators.is_empty() {
            self.blocks.push(Block::Labelled {
                label: tr!(words, "report-indicators"),
                text: String::new(),
            });
            self.blocks.push(Block::Bullets(indicators));
        }
    }

    fn sums(&mut self, sums: &ByCurrency, key: &str, year: i32) {
        if let Some(money) = sums.get(key) {
            let caption = tr!(self.words, "report-budget-caption", year = year);
            let first = tr!(self.words, "report-col-currency");
            self.money_table(caption, first, money.iter().map(|(c, m)| (c.clone(), *m)));
        }
    }

    fn consultations(&mut self, progress: &Progress) {
        if progress.consultations.is_empty() {
            return;
        }
        let words = self.words;
        self.heading(1, tr!(words, "report-consultations"));
        let lines = (progress.consultations.iter())
            .map(|c| {
                let when = c
                    .when
                    .map(|w| format!("{}: ", format_moment(words, w)))
                    .unwrap_or_default();
                let outcome = if c.outcome.is_empty() {
                    String::new()
                } else {
                    format!(" — {}", c.outcome)
                };
                format!("{when}{}{outcome}", c.who)
            })
            .collect();
        self.blocks.push(Block::Bullets(lines));
    }

    fn annex(&mut self, progress: &Progress, figures: &YearFigures) {
        let words = self.words;
        self.heading(1, tr!(words, "report-annex"));
        let rows = annex_rows(progress, figures, words, self.number);
        self.blocks.push(Block::Table(Table {
            caption: tr!(words, "report-annex-indicators", year = progress.year),
            head: annex_head(words),
            rows,
            numeric: vec![false, false, false, true, true, true, true],
        }));
    }
}

/// For each goal or article (as `keys` gives them per program), in
/// number order, the programs serving it (indexes into `progress.programs`).
fn served_by(
    progress: &Progress,
    keys: impl Fn(&ProgramCourse) -> &Vec<u8>,
) -> BTreeMap<u8, Vec<usize>> {
    let mut served: BTreeMap<u8, Vec<usize>> = BTreeMap::new();
    for (at, course) in progress.programs.iter().enumerate() {
        let mut own = keys(course).clone();
        own.sort_unstable();
        own.dedup();
        for key in own {
            served.entry(key).or_default().push(at);
        }
    }
    served
}

/// The annex's columns: program, indicator, unit, baseline, latest (year),
/// target (year), rating.
pub fn annex_head(words: Language) -> Vec<String> {
    vec![
        tr!(words, "year-col-program"),
        tr!(words, "year-col-indicator"),
        tr!(words, "year-col-unit"),
        tr!(words, "year-col-baseline"),
        tr!(words, "report-col-latest"),
        tr!(words, "year-col-target"),
        tr!(words, "report-col-rating"),
    ]
}

fn annex_rows(
    progress: &Progress,
    figures: &YearFigures,
    words: Language,
    number: &dyn Fn(f64) -> String,
) -> Vec<Vec<String>> {
    let _ = figures;
    let optional = |value: Option<f64>| value.map(number).unwrap_or_default();
    (progress.programs.iter())
        .flat_map(|program| {
            program.indicators.iter().map(move |indicator| {
                let latest = match indicator.series.last() {
                    Some((year, value)) => format!("{} ({year})", number(*value)),
                    None => String::new(),
                };
                let target = match (indicator.target, indicator.target_year) {
                    (Some(target), Some(by)) => format!("{} ({by})", number(target)),
                    (target, _) => optional(target),
                };
                let rating = (program.review.as_ref())
                    .map(|r| tr!(words, &r.rating.key()))
                    .unwrap_or_default();
                vec![
                    format!("#{} {}", program.id.0, program.title),
                    indicator.name.clone(),
                    indicator.unit.clone(),
                    optional(indicator.baseline),
                    latest,
                    target,
                    rating,
                ]
            })
        })
        .collect()
}

/// The forms the annual report is written in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ReportFormat {
    /// A4 portrait, tagged for screen readers.
    Pdf,
    /// One self-contained page, its charts inline SVG.
    Html,
    /// The data annex as a workbook.
    Xlsx,
    /// The year's figures for other tools.
    Json,
}

impl ReportFormat {
    /// The forms offered in the window (JSON is for scripts: command line).
    pub const SHOWN: [Self; 3] = [Self::Pdf, Self::Html, Self::Xlsx];

    pub fn extension(self) -> &'static str {
        match self {
            Self::Pdf => "pdf",
            Self::Html => "html",
            Self::Xlsx => "xlsx",
            Self::Json => "json",
        }
    }

    /// The message id of its name in menus.
    pub fn label_key(self) -> &'static str {
        match self {
            Self::Pdf => "report-format-pdf",
            Self::Html => "report-format-html",
            Self::Xlsx => "report-format-xlsx",
            Self::Json => "format-json",
        }
    }
}

/// The annual report of `year` of `document` in `format`, its texts in
/// `lang` (the main language where not translated).
pub fn report_bytes(
    document: &Document,
    year: i32,
    lang: &str,
    format: ReportFormat,
) -> Result<Vec<u8>, String> {
    let lang = if document.languages.iter().any(|known| known == lang) {
        lang
    } else {
        document.main_language()
    };
    match format {
        ReportFormat::Pdf => {
            crate::export::pdf::report::report_pdf(&Report::of(document, year, lang))
        }
        ReportFormat::Html => {
            let page = html::report_html(&Report::of(document, year, lang));
            Ok(crate::export::without_controls(&page).into_bytes())
        }
        ReportFormat::Xlsx => xlsx::report_xlsx(document, year, lang),
        ReportFormat::Json => {
            let figures = YearFigures::of(&document.in_language(lang), year, lang);
            let mut text = serde_json::to_string_pretty(&figures).unwrap_or_default();
            text.push('\n');
            Ok(text.into_bytes())
        }
    }
}
