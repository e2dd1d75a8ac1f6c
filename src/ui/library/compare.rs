//! The officer's city beside up to three others: a table of facts, charts of
//! the rights, goals and groups each addresses, and the gaps — what the others
//! do that the officer's city does not, and what cities of its size do.

use std::sync::Arc;

use egui::{Color32, RichText, Sense, Ui};

use super::super::Edit;
use super::super::widgets::{hint, section_title};
use crate::i18n::Language;
use crate::model::library::{Addressed, Coverage, Gap, Library, gaps};
use crate::model::vocab::{SDG_COUNT, UDHR_ARTICLE_COUNT, sdg_name, udhr_title};
use crate::model::{Document, TargetGroup, Vocabulary};
use crate::tr;

/// The column of the facts' names.
const FACT_NAMES_WIDTH: f32 = 160.0;

/// Gap sentences shown before "and N more".
const GAPS_SHOWN: usize = 8;

/// The officer's coverage and the gaps against cities of the same size, for
/// one library, document revision and interface language.
#[derive(Clone, Debug)]
pub struct Measured {
    key: (u64, u64),
    mine: Arc<Coverage>,
    /// Gaps against the cities of the officer's size, and how many they are.
    of_size: Option<(Arc<[Gap]>, usize)>,
}

pub fn compare_ui(ui: &mut Ui, edit: &mut Edit<'_>, library: &Library) {
    let measured = measured(edit, library);
    egui::ScrollArea::vertical()
        .id_salt("library_compare")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.set_max_width(ui.available_width().min(1100.0));
            let words = edit.words;
            let mine_name = mine_name(edit.document, words);
            let compared: Vec<usize> = (edit.view.library.compared.iter().copied())
                .filter(|index| *index < library.profiles.len())
                .collect();
            if compared.is_empty() {
                hint(ui, &tr!(words, "compare-none"));
            } else {
                let others: Vec<Coverage> = (compared.iter())
                    .map(|index| Coverage::of(&library.profiles[*index].document))
                    .collect();
                let mut cities = vec![(mine_name.clone(), &*measured.mine)];
                for (index, coverage) in compared.iter().zip(&others) {
                    cities.push((library.profiles[*index].city(), coverage));
                }
                facts_ui(ui, edit, library, &compared, &cities);
                ui.add_space(12.0);
                charts_ui(ui, words, &cities);
                ui.add_space(12.0);
                section_title(ui, &tr!(words, "compare-gaps"));
                let names: Vec<&str> = cities[1..].iter().map(|(n, _)| n.as_str()).collect();
                let refs: Vec<&Coverage> = others.iter().collect();
                let found = gaps(&measured.mine, &refs);
                gaps_ui(ui, words, &found, |gap| compared_gap(words, gap, &names));
            }
            ui.add_space(12.0);
            section_title(ui, &tr!(words, "size-gaps"));
            match &measured.of_size {
                None => hint(ui, &tr!(words, "size-gaps-unknown")),
                Some((found, count)) => {
                    let size = (edit.document.city.population.as_ref())
                        .map(|p| p.name(words))
                        .unwrap_or_default();
                    ui.label(
                        RichText::new(tr!(words, "size-gaps-among", count = *count, size = size))
                            .weak(),
                    );
                    gaps_ui(ui, words, found, |gap| size_gap(words, gap));
                }
            }
        });
}

/// The officer's coverage and the gaps against cities of the same size,
/// counted again only when the library or the document changed.
fn measured(edit: &mut Edit<'_>, library: &Library) -> Measured {
    let key = (edit.view.library.generation, edit.revision);
    if let Some(measured) = &edit.view.library.measured
        && measured.key == key
    {
        return measured.clone();
    }
    let mine = Coverage::of(edit.document);
    let of_size = edit.document.city.population.as_ref().map(|population| {
        let same: Vec<Coverage> = (library.of_size(population).into_iter())
            .map(|index| Coverage::of(&library.profiles[index].document))
            .collect();
        let refs: Vec<&Coverage> = same.iter().collect();
        (gaps(&mine, &refs).into(), same.len())
    });
    let measured = Measured {
        key,
        mine: Arc::new(mine),
        of_size,
    };
    edit.view.library.measured = Some(measured.clone());
    measured
}

fn mine_name(document: &Document, words: Language) -> String {
    let city = document.city.display_name(document.main_language());
    let city = if city.trim().is_empty() {
        tr!(words, "untitled")
    } else {
        city
    };
    tr!(words, "compare-yours", city = city)
}

/// The table: one column per city, one row per fact.
fn facts_ui(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    library: &Library,
    compared: &[usize],
    cities: &[(String, &Coverage)],
) {
    let words = edit.words;
    let mut documents = vec![&*edit.document];
    documents.extend(compared.iter().map(|i| &library.profiles[*i].document));
    let mut removed = None;
    // Columns share the width: a long population range wraps rather than
    // pushing the last city off the window.
    let column_width =
        ((ui.available_width() - FACT_NAMES_WIDTH) / cities.len() as f32 - 16.0).max(90.0);
    egui::Grid::new("compare_facts")
        .striped(true)
        .num_columns(cities.len() + 1)
        .min_col_width(column_width.min(FACT_NAMES_WIDTH))
        .max_col_width(column_width.max(FACT_NAMES_WIDTH))
        .spacing([16.0, 6.0])
        .show(ui, |ui| {
            ui.label("");
            for (column, (name, _)) in cities.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.add(egui::Label::new(RichText::new(name).strong()).truncate());
                    if column > 0 {
                        let remove = ui.small_button("✕").on_hover_text(tr!(
                            words,
                            "library-remove-compare",
                            city = name.as_str()
                        ));
                        super::super::widgets::accessible_name(
                            &remove,
                            &tr!(words, "library-remove-compare", city = name.as_str()),
                        );
                        if remove.clicked() {
                            removed = Some(compared[column - 1]);
                        }
                    }
                });
            }
            ui.end_row();
            let fact = |ui: &mut Ui, key: &str, values: Vec<String>| {
                ui.label(RichText::new(tr!(words, key)).weak());
                for value in values {
                    ui.add(egui::Label::new(value).wrap());
                }
                ui.end_row();
            };
            let of = |f: &dyn Fn(&Document) -> String| documents.iter().map(|d| f(d)).collect();
            fact(
                ui,
                "field-country",
                of(&|d| d.city.country.get(d.main_language()).to_owned()),
            );
            fact(
                ui,
                "field-region",
                of(&|d| {
                    d.city
                        .region
                        .as_ref()
                        .map(|r| r.name(words))
                        .unwrap_or_default()
                }),
            );
            fact(
                ui,
                "field-population",
                of(&|d| {
                    (d.city.population.as_ref())
                        .map(|p| p.name(words))
                        .unwrap_or_default()
                }),
            );
            fact(
                ui,
                "field-government",
                of(&|d| {
                    (d.city.government.as_ref())
                        .map(|g| g.name(words))
                        .unwrap_or_default()
                }),
            );
            fact(
                ui,
                "field-joined",
                of(&|d| d.city.joined.map(|y| y.to_string()).unwrap_or_default()),
            );
            let counts =
                |f: &dyn Fn(&Coverage) -> String| cities.iter().map(|(_, c)| f(c)).collect();
            fact(
                ui,
                "compare-row-programs",
                counts(&|c| c.programs.to_string()),
            );
            fact(
                ui,
                "compare-row-rights",
                counts(&|c| format!("{} / {UDHR_ARTICLE_COUNT}", c.rights.len())),
            );
            fact(
                ui,
                "compare-row-goals",
                counts(&|c| format!("{} / {SDG_COUNT}", c.goals.len())),
            );
            fact(
                ui,
                "compare-row-groups",
                counts(&|c| c.groups.len().to_string()),
            );
        });
    if let Some(index) = removed {
        edit.view.library.compared.retain(|c| *c != index);
    }
}

/// Coverage charts: a row of cells per city, one cell per article or goal,
/// darker for more programs; then the target groups as a table.
fn charts_ui(ui: &mut Ui, words: Language, cities: &[(String, &Coverage)]) {
    section_title(ui, &tr!(words, "compare-chart-rights"));
    let rights: Vec<(Addressed, String)> = (1..=UDHR_ARTICLE_COUNT)
        .map(|n| {
            let title = udhr_title(words, n).unwrap_or_default();
            (Addressed::Right(n), format!("{n} · {title}"))
        })
        .collect();
    grid_chart(ui, words, "rights", cities, &rights);
    ui.add_space(8.0);
    section_title(ui, &tr!(words, "compare-chart-goals"));
    let goals: Vec<(Addressed, String)> = (1..=SDG_COUNT)
        .map(|n| {
            let name = sdg_name(words, n).unwrap_or_default();
            (Addressed::Goal(n), format!("{n} · {name}"))
        })
        .collect();
    grid_chart(ui, words, "goals", cities, &goals);
    ui.add_space(8.0);
    section_title(ui, &tr!(words, "compare-chart-groups"));
    groups_table(ui, words, cities);
}

/// One row of cells per city; a cell per item, numbered above, named on hover.
fn grid_chart(
    ui: &mut Ui,
    words: Language,
    id: &str,
    cities: &[(String, &Coverage)],
    items: &[(Addressed, String)],
) {
    let name_width = 170.0_f32.min(ui.available_width() * 0.3);
    let cell = ((ui.available_width() - name_width) / items.len() as f32).clamp(12.0, 26.0);
    // The theme's link colour: dark enough on light and light enough on
    // dark to tell a filled cell from an empty one at a glance.
    let accent = ui.visuals().hyperlink_color;
    let empty = ui.visuals().faint_bg_color;
    let stroke = ui.visuals().widgets.noninteractive.bg_stroke;
    let most = (cities.iter())
        .flat_map(|(_, c)| items.iter().map(|(what, _)| c.count(what)))
        .max()
        .unwrap_or(1)
        .max(1);
    ui.push_id(id, |ui| {
        // The numbers above the cells.
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = 0.0;
            ui.add_space(name_width);
            for (index, _) in items.iter().enumerate() {
                let (rect, _) = ui.allocate_exact_size(egui::vec2(cell, 16.0), Sense::hover());
                if cell >= 18.0 || index % 2 == 0 {
                    ui.painter().text(
                        rect.center(),
                        egui::Align2::CENTER_CENTER,
                        (index + 1).to_string(),
                        egui::FontId::proportional(11.0),
                        ui.visuals().weak_text_color(),
                    );
                }
            }
        });
        for (name, coverage) in cities {
            ui.horizontal(|ui| {
                ui.spacing_mut().item_spacing.x = 0.0;
                ui.allocate_ui(egui::vec2(name_width, cell), |ui| {
                    ui.set_width(name_width);
                    ui.add(egui::Label::new(name.as_str()).truncate());
                });
                for (what, label) in items {
                    let count = coverage.count(what);
                    let (rect, response) =
                        ui.allocate_exact_size(egui::vec2(cell, cell), Sense::hover());
                    let fill = if count == 0 {
                        empty
                    } else {
                        let strength = 0.35 + 0.65 * count as f32 / most as f32;
                        accent.gamma_multiply(strength)
                    };
                    let inner = rect.shrink(1.5);
                    ui.painter().rect_filled(inner, 2.0, fill);
                    ui.painter()
                        .rect_stroke(inner, 2.0, stroke, egui::StrokeKind::Inside);
                    let said = tr!(
                        words,
                        "compare-cell",
                        city = name.as_str(),
                        item = label.as_str(),
                        count = count
                    );
                    response.on_hover_text(said);
                }
            });
        }
    });
    ui.add_space(2.0);
    ui.horizontal(|ui| {
        let swatch = |ui: &mut Ui, color: Color32, text: String| {
            let (rect, _) = ui.allocate_exact_size(egui::vec2(12.0, 12.0), Sense::hover());
            ui.painter().rect_filled(rect, 2.0, color);
            ui.painter()
                .rect_stroke(rect, 2.0, stroke, egui::StrokeKind::Inside);
            ui.label(RichText::new(text).small().weak());
        };
        swatch(ui, empty, tr!(words, "compare-legend-none"));
        swatch(ui, accent, tr!(words, "compare-legend-some"));
    });
}

/// Target groups down, cities across, the number of programs in each cell.
fn groups_table(ui: &mut Ui, words: Language, cities: &[(String, &Coverage)]) {
    let mut groups: Vec<TargetGroup> = Vec::new();
    for (_, coverage) in cities {
        for (group, _) in &coverage.groups {
            if !groups.contains(group) {
                groups.push(group.clone());
            }
        }
    }
    groups.sort_by_key(|g| {
        TargetGroup::KNOWN
            .iter()
            .position(|k| k == g)
            .unwrap_or(usize::MAX)
    });
    egui::Grid::new("compare_groups")
        .striped(true)
        .num_columns(cities.len() + 1)
        .spacing([16.0, 4.0])
        .show(ui, |ui| {
            ui.label("");
            for (name, _) in cities {
                ui.label(RichText::new(name).strong());
            }
            ui.end_row();
            for group in &groups {
                ui.label(group.name(words));
                for (_, coverage) in cities {
                    let count = coverage.count(&Addressed::Group(group.clone()));
                    if count == 0 {
                        ui.label(RichText::new("—").weak());
                    } else {
                        ui.label(count.to_string());
                    }
                }
                ui.end_row();
            }
        });
}

fn gaps_ui(ui: &mut Ui, words: Language, found: &[Gap], say: impl Fn(&Gap) -> String) {
    if found.is_empty() {
        hint(ui, &tr!(words, "compare-gaps-none"));
        return;
    }
    for gap in found.iter().take(GAPS_SHOWN) {
        ui.label(format!("• {}", say(gap)));
    }
    if found.len() > GAPS_SHOWN {
        // The rest one click (or Enter) away, not a dead line.
        let more = found.len() - GAPS_SHOWN;
        let first = say(&found[GAPS_SHOWN]);
        egui::CollapsingHeader::new(tr!(words, "compare-gaps-more", count = more))
            .id_salt(("compare_gaps_more", first.as_str()))
            .show(ui, |ui| {
                for gap in &found[GAPS_SHOWN..] {
                    ui.label(format!("• {}", say(gap)));
                }
            });
    }
}

/// What is addressed, in words: "article 25 (Adequate standard of living)".
fn named(words: Language, what: &Addressed) -> String {
    match what {
        Addressed::Right(n) => tr!(
            words,
            "compare-article",
            number = *n,
            title = udhr_title(words, *n).unwrap_or_default()
        ),
        Addressed::Goal(n) => tr!(
            words,
            "compare-goal",
            number = *n,
            title = sdg_name(words, *n).unwrap_or_default()
        ),
        Addressed::Group(group) => tr!(words, "compare-group", group = group.name(words)),
    }
}

/// "Vienna and Bilbao address article 25 (…) and you do not."
fn compared_gap(words: Language, gap: &Gap, names: &[&str]) -> String {
    let cities: Vec<&str> = (gap.cities.iter())
        .filter_map(|i| names.get(*i).copied())
        .collect();
    tr!(
        words,
        "compare-gap",
        count = cities.len(),
        cities = crate::i18n::join_and(words, &cities),
        what = named(words, &gap.what)
    )
}

/// "3 cities of your size address article 25 (…) and you do not."
fn size_gap(words: Language, gap: &Gap) -> String {
    tr!(
        words,
        "size-gap",
        count = gap.cities.len(),
        what = named(words, &gap.what)
    )
}
