//! The editor of one program, beside the catalogue table.

use egui::{RichText, Ui};

use super::super::widgets::{
    accessible_name, field_label, hint, icon_button, localized_item, localized_line,
    localized_text, number_field, section_title, vocabulary_combo,
};
use super::super::{Change, Edit};
use super::breakdown;
use crate::i18n::Language;
use crate::model::translation::row_focus_key;
use crate::model::vocab::{SDG_COUNT, UDHR_ARTICLE_COUNT, sdg_name, udhr_title};
use crate::model::year::{Dimension, Frequency, Rating, Review};
use crate::model::{
    Beneficiaries, BudgetLine, Evidence, Indicator, IndicatorKind, Localized, Measurement, Moment,
    Partner, Program, ProgramStatus, TargetGroup, Visibility, Vocabulary,
};
use crate::tr;

pub fn program_editor_ui(ui: &mut Ui, edit: &mut Edit<'_>, index: usize) {
    let mut program = edit.document.programs[index].clone();
    let before = program.clone();
    ui.add_space(6.0);
    let words = edit.words;
    let mut heading = tr!(words, "program-numbered", id = program.id.0.to_string());
    if let Some(origin) = &program.origin {
        heading.push_str(" · ");
        heading.push_str(&tr!(words, "program-from", city = origin.as_str()));
    }
    ui.label(RichText::new(heading).weak());
    if !program.suggested.is_empty() {
        suggestions_ui(ui, edit, &mut program);
    }
    // Labels beside their fields where there is room, above them in a
    // narrow editor (a small window, or 150 % scaling), so no label is cut.
    if ui.available_width() < NARROW_EDITOR {
        ui.vertical(|ui| form_rows(ui, edit, &mut program));
    } else {
        egui::Grid::new("program_form")
            .num_columns(2)
            .spacing([24.0, 12.0])
            .min_col_width(150.0)
            .show(ui, |ui| form_rows(ui, edit, &mut program));
    }
    ui.add_space(8.0);
    localized_text(ui, edit, "field-summary", &mut program.summary, 3);
    ui.add_space(8.0);
    localized_text(ui, edit, "field-description", &mut program.description, 6);
    ui.add_space(8.0);
    localized_text(ui, edit, "field-notes", &mut program.notes, 2);

    section_title(ui, &edit.tr("section-areas"));
    areas_ui(ui, edit, &program);
    let title = section_title(ui, &edit.tr("field-target-groups"));
    edit.take_focus("field-target-groups", &title);
    groups_ui(ui, edit, &mut program.target_groups);
    section_title(ui, &edit.tr("section-partners"));
    partners_ui(ui, edit, &mut program.partners);
    let rights = numbered_picker_ui(
        ui,
        words,
        ("section-rights", "article", "picker-add-article"),
        (UDHR_ARTICLE_COUNT, udhr_title),
        &mut program.rights,
    );
    edit.take_focus("field-rights", &rights);
    let _ = numbered_picker_ui(
        ui,
        words,
        ("section-sdgs", "sdg-number", "picker-add-goal"),
        (SDG_COUNT, sdg_name),
        &mut program.sdgs,
    );
    sdg_targets_ui(ui, edit, &mut program.sdg_targets);
    section_title(ui, &edit.tr("section-indicators"));
    indicators_ui(ui, edit, &mut program.indicators);
    section_title(ui, &edit.tr("section-budget"));
    budget_ui(ui, edit, &mut program.budget);
    section_title(ui, &edit.tr("section-beneficiaries"));
    let dimensions = breakdown::reach_dimensions(&program);
    beneficiaries_ui(ui, edit, &mut program.beneficiaries, &dimensions);
    section_title(ui, &edit.tr("section-evidence"));
    evidence_ui(ui, edit, &mut program.evidence);
    section_title(ui, &edit.tr("section-reviews"));
    reviews_ui(ui, edit, &mut program.reviews);
    ui.add_space(20.0);

    if program != before {
        // Changes not already reported by a text field are clicks: steps of their own.
        if edit.change == Change::None {
            edit.changed(Change::Discrete);
        }
        // An indicator, line, partner or evidence just added gets its id.
        program.give_item_ids(false);
        // In place of the old one, which undo keeps: no copy of it.
        edit.document.programs.replace(index, program);
    }
}

/// The editor's first fields, each a label and its field (a row of the
/// form's grid, or one under the other).
fn form_rows(ui: &mut Ui, edit: &mut Edit<'_>, program: &mut Program) {
    localized_line(ui, edit, "field-title", &mut program.title, "");
    ui.end_row();
    let mut kind = Some(program.kind.clone());
    vocabulary_combo(ui, edit, "column-kind", &mut kind);
    if let Some(kind) = kind {
        program.kind = kind;
    }
    ui.end_row();
    status_combo(ui, edit, &mut program.status);
    ui.end_row();
    localized_line(
        ui,
        edit,
        "field-responsible-unit",
        &mut program.responsible_unit,
        "",
    );
    ui.end_row();
    super::super::widgets::moment_field(ui, edit, 0, "field-start", &mut program.start);
    ui.end_row();
    super::super::widgets::moment_field(ui, edit, 0, "field-end", &mut program.end);
    ui.end_row();
    field_label(ui, &edit.tr("field-visibility"));
    ui.horizontal(|ui| {
        for (value, key) in [
            (Visibility::Public, "visibility-public"),
            (Visibility::Internal, "visibility-internal"),
        ] {
            if ui
                .radio(program.visibility == value, edit.tr(key))
                .clicked()
            {
                program.visibility = value;
            }
        }
    });
    ui.end_row();
}

/// Below this width the editor puts its labels above the fields.
const NARROW_EDITOR: f32 = 460.0;

/// What Carta read in the program's words, with the officer's two answers.
fn suggestions_ui(ui: &mut Ui, edit: &mut Edit<'_>, program: &mut Program) {
    let words = edit.words;
    egui::Frame::new()
        .fill(ui.visuals().selection.bg_fill.gamma_multiply(0.3))
        .corner_radius(4.0)
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.label(RichText::new(edit.tr("field-suggestions")).strong());
            let what = crate::model::check::describe_suggestions(&program.suggested).say(words);
            ui.label(what);
            ui.horizontal(|ui| {
                let accept = ui.button(edit.tr("suggestions-accept"));
                edit.take_focus("field-suggestions", &accept);
                if accept.clicked() {
                    program.accept_suggestions();
                }
                if ui.button(edit.tr("suggestions-reject")).clicked() {
                    program.reject_suggestions();
                }
            });
        });
    ui.add_space(6.0);
}

fn status_combo(ui: &mut Ui, edit: &mut Edit<'_>, status: &mut ProgramStatus) {
    let words = edit.words;
    let label_id = field_label(ui, &edit.tr("column-status")).id;
    egui::ComboBox::from_id_salt("program_status")
        .selected_text(status.name(words))
        .show_ui(ui, |ui| {
            for value in ProgramStatus::ALL {
                if crate::ui::widgets::choice(ui, *status == value, value.name(words)).clicked()
                    && *status != value
                {
                    *status = value;
                    edit.changed(Change::Discrete);
                }
            }
        })
        .response
        .labelled_by(label_id);
}

/// Checkboxes linking the program to the profile's policy areas.
fn areas_ui(ui: &mut Ui, edit: &mut Edit<'_>, program: &Program) {
    if edit.document.policies.areas.is_empty() {
        hint(ui, &edit.tr("areas-none"));
        return;
    }
    let linked = edit.document.areas_of(program.id);
    for index in 0..edit.document.policies.areas.len() {
        let title = edit
            .shown(&edit.document.policies.areas[index].title)
            .to_owned();
        let mut on = linked.contains(&index);
        if ui
            .checkbox(&mut on, format!("{}. {title}", index + 1))
            .changed()
        {
            edit.document.set_link(index, program.id, on);
            edit.changed(Change::Discrete);
        }
    }
}

fn groups_ui(ui: &mut Ui, edit: &mut Edit<'_>, groups: &mut Vec<TargetGroup>) {
    let words = edit.words;
    let choices = edit.document.target_group_choices();
    // Two halves of the editor's width: a long name (“Personnes réfugiées et
    // demandeuses d'asile”) wraps inside its half instead of widening the editor.
    let half = choices.len().div_ceil(2);
    ui.columns(2, |columns| {
        for (n, group) in choices.iter().enumerate() {
            let column = &mut columns[usize::from(n >= half)];
            let mut on = groups.contains(group);
            if column.checkbox(&mut on, group.name(words)).changed() {
                toggle(groups, group.clone(), on);
            }
        }
    });
    // Groups the program has but the document's list lacks (e.g. typed in a file by hand).
    let strays: Vec<TargetGroup> = groups
        .iter()
        .filter(|g| !choices.contains(g))
        .cloned()
        .collect();
    for group in strays {
        let mut on = true;
        if ui.checkbox(&mut on, group.name(words)).changed() {
            toggle(groups, group, false);
        }
    }
    ui.horizontal_wrapped(|ui| {
        let id = ui.make_persistent_id("new_group");
        let mut draft: String = ui.data_mut(|data| data.get_temp(id).unwrap_or_default());
        let label_id = ui.label(edit.tr("group-another")).id;
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut draft)
                    .char_limit(crate::model::MAX_TEXT_CHARS)
                    .desired_width(200.0),
            )
            .labelled_by(label_id);
        let submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(edit.tr("group-add")).clicked() || submitted) && !draft.trim().is_empty() {
            let name = draft.trim().to_owned();
            // A name of a known group, in any language, is that group; any
            // other name is the city's own and joins the pickers of every program.
            let group = TargetGroup::known_named(&name, &crate::i18n::Language::all())
                .unwrap_or_else(|| {
                    if !edit.document.own_target_groups.contains(&name) {
                        edit.document.own_target_groups.push(name.clone());
                        edit.changed(Change::Discrete);
                    }
                    TargetGroup::Other(name)
                });
            toggle(groups, group, true);
            draft.clear();
        }
        ui.data_mut(|data| data.insert_temp(id, draft));
    });
}

fn partners_ui(ui: &mut Ui, edit: &mut Edit<'_>, partners: &mut Vec<Partner>) {
    let add = |_: &[Partner]| Partner::default();
    list_rows_ui(
        ui,
        edit,
        partners,
        ("partner-remove", "partner-add", "partner-name"),
        add,
        |ui, edit, n, partner| {
            let name = ui.add(
                egui::TextEdit::singleline(&mut partner.name)
                    .char_limit(crate::model::MAX_TEXT_CHARS)
                    .hint_text(edit.tr("partner-name-hint"))
                    .desired_width(240.0),
            );
            accessible_name(&name, &tr!(edit.words, "partner-name", number = n));
            edit.take_focus(&row_focus_key("partner-name", n), &name);
            edit.typed(&name);
            let hint = edit.tr("partner-role-hint");
            localized_cell(
                ui,
                edit,
                &mut partner.role,
                &hint,
                240.0,
                ("partner-role", n),
            );
        },
    );
}

/// How a numbered list names its item `number` (`udhr_title`, `sdg_name`).
type NameOf = fn(Language, u8) -> Option<String>;

/// A numbered list (UDHR articles, SDGs) as a searchable picker: the chosen
/// ones as removable chips, "Add…" to find more by word or number. `keys`
/// are the message ids of the list's title, of one item ("Article 3") and of
/// the add button; `list` says how many there are and how each is named.
fn numbered_picker_ui(
    ui: &mut Ui,
    words: Language,
    keys: (&str, &str, &str),
    list: (u8, NameOf),
    chosen: &mut Vec<u8>,
) -> egui::Response {
    ui.add_space(8.0);
    let (title_key, item_key, add_key) = keys;
    let (count, name_of) = list;
    let header = section_title(ui, &tr!(words, title_key, count = chosen.len()));
    let items: Vec<(u8, String)> = (1..=count)
        .map(|number| {
            let name = name_of(words, number).unwrap_or_else(|| "?".to_owned());
            let item = tr!(words, item_key, number = number);
            (number, format!("{item} · {name}"))
        })
        .collect();
    let remove = |item: &str| tr!(words, "picker-remove", item = item);
    let picker_words = crate::ui::picker::Words {
        add: &tr!(words, add_key),
        done: &tr!(words, "picker-done"),
        hint: &tr!(words, "picker-hint"),
        remove: &remove,
        nothing: &tr!(words, "picker-nothing"),
    };
    crate::ui::picker::picker_ui(ui, title_key, &picker_words, &items, chosen);
    header
}

fn toggle<T: PartialEq>(items: &mut Vec<T>, item: T, on: bool) {
    let present = items.contains(&item);
    if on && !present {
        items.push(item);
    } else if !on && present {
        items.retain(|other| *other != item);
    }
}

fn sdg_targets_ui(ui: &mut Ui, edit: &mut Edit<'_>, targets: &mut Vec<String>) {
    ui.horizontal_wrapped(|ui| {
        ui.label(edit.tr("sdg-targets"));
        let mut remove = None;
        for (index, target) in targets.iter().enumerate() {
            if ui
                .button(format!("{target} ✖"))
                .on_hover_text(edit.tr("sdg-target-remove"))
                .clicked()
            {
                remove = Some(index);
            }
        }
        if let Some(index) = remove {
            targets.remove(index);
        }
        let id = ui.make_persistent_id("new_sdg_target");
        let mut draft: String = ui.data_mut(|data| data.get_temp(id).unwrap_or_default());
        let response = ui.add(
            egui::TextEdit::singleline(&mut draft)
                .char_limit(crate::model::MAX_TEXT_CHARS)
                .hint_text(edit.tr("sdg-target-hint"))
                // Room for its hint ("e.g. 10.2") in every language.
                .desired_width(110.0),
        );
        accessible_name(&response, &edit.tr("sdg-target-new"));
        let valid = is_sdg_target(draft.trim());
        let submitted = response.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui
            .add_enabled(valid, egui::Button::new(edit.tr("sdg-target-add")))
            .clicked()
            || submitted)
            && valid
        {
            if !targets.iter().any(|t| t == draft.trim()) {
                targets.push(draft.trim().to_owned());
                edit.changed(Change::Discrete);
            }
            draft.clear();
        }
        ui.data_mut(|data| data.insert_temp(id, draft));
    });
}

/// "10.2" or "16.a": a goal from 1 to 17, a dot, a number or letter.
fn is_sdg_target(text: &str) -> bool {
    let Some((goal, target)) = text.split_once('.') else {
        return false;
    };
    goal.parse::<u8>().is_ok_and(|g| (1..=17).contains(&g))
        && !target.is_empty()
        && target.len() <= 2
        && target.chars().all(|c| c.is_ascii_alphanumeric())
}

fn indicators_ui(ui: &mut Ui, edit: &mut Edit<'_>, indicators: &mut Vec<Indicator>) {
    let words = edit.words;
    let mut remove = None;
    for (index, indicator) in indicators.iter_mut().enumerate() {
        let number = index + 1;
        egui::Frame::group(ui.style())
            .inner_margin(10)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    // Room beside the name for the kind's drop-down (100 px of
                    // text, 115 with its arrow) and the remove button (34).
                    let beside = 115.0 + 34.0 + 3.0 * ui.spacing().item_spacing.x;
                    let width = ui.available_width() - beside;
                    let hint = edit.tr("indicator-name-hint");
                    let row = ("indicator-name", number);
                    localized_cell(ui, edit, &mut indicator.name, &hint, width, row);
                    let kind = egui::ComboBox::from_id_salt(("indicator_kind", index))
                        .selected_text(indicator.kind.name(words))
                        .width(100.0)
                        .show_ui(ui, |ui| {
                            for kind in IndicatorKind::ALL {
                                ui.selectable_value(&mut indicator.kind, kind, kind.name(words));
                            }
                        });
                    let kind_name = tr!(words, "indicator-kind-of", number = number);
                    accessible_name(&kind.response, &kind_name);
                    let remove_name = tr!(words, "indicator-remove", number = number);
                    if icon_button(ui, "🗑", &remove_name).clicked() {
                        remove = Some(index);
                    }
                });
                ui.horizontal_wrapped(|ui| {
                    // What the numbers count (%, people), not who reports them:
                    // "Responsible unit" is the program's department.
                    ui.label(edit.tr("indicator-unit-label"));
                    let row = ("indicator-unit", number);
                    let hint = edit.tr("indicator-unit-hint");
                    localized_cell(ui, edit, &mut indicator.unit, &hint, 80.0, row);
                    let baseline = ("indicator-baseline", "indicator-baseline-of");
                    optional_number(ui, edit, baseline, &mut indicator.baseline, number);
                    let target = ("indicator-target", "indicator-target-of");
                    optional_number(ui, edit, target, &mut indicator.target, number);
                });
                ui.horizontal_wrapped(|ui| {
                    // Who sends the figures and from where: the Year panel
                    // and the units' sheets go by them.
                    ui.label(edit.tr("indicator-source-label"));
                    let hint = edit.tr("indicator-source-hint");
                    let row = ("indicator-source", number);
                    localized_cell(ui, edit, &mut indicator.source, &hint, 150.0, row);
                    ui.label(edit.tr("indicator-reporter-label"));
                    let hint = edit.tr("indicator-reporter-hint");
                    let row = ("indicator-reporter", number);
                    localized_cell(ui, edit, &mut indicator.reporter, &hint, 150.0, row);
                });
                ui.horizontal_wrapped(|ui| {
                    target_year_ui(ui, edit, &mut indicator.target_year, number);
                    let frequency = egui::ComboBox::from_id_salt(("indicator_frequency", index))
                        .selected_text(tr!(words, &indicator.frequency.key()))
                        .show_ui(ui, |ui| {
                            for frequency in Frequency::ALL {
                                let name = tr!(words, &frequency.key());
                                ui.selectable_value(&mut indicator.frequency, frequency, name);
                            }
                        });
                    let name = tr!(words, "indicator-frequency", number = number);
                    accessible_name(&frequency.response, &name);
                });
                breakdown::dimensions_ui(ui, edit, indicator, number);
                let dimensions = &indicator.disaggregation;
                measurements_ui(ui, edit, &mut indicator.measurements, dimensions, number);
                progress_ui(ui, indicator, edit);
            });
    }
    if let Some(index) = remove {
        indicators.remove(index);
    }
    if ui.button(edit.tr("indicator-add")).clicked() {
        indicators.push(Indicator::default());
        // Typing goes on into the new indicator's name.
        edit.view.focus_field = Some(row_focus_key("indicator-name", indicators.len()));
    }
}

/// The year an indicator's target is for, when the officer gives one.
fn target_year_ui(ui: &mut Ui, edit: &mut Edit<'_>, year: &mut Option<i32>, number: usize) {
    let mut known = year.is_some();
    if ui.checkbox(&mut known, edit.tr("year-year")).changed() {
        *year = known.then(|| jiff::Zoned::now().year().into());
    }
    if let Some(value) = year {
        let response = ui.add(egui::DragValue::new(value).range(1900..=2200).speed(0.2));
        accessible_name(
            &response,
            &tr!(edit.words, "indicator-target-year", number = number),
        );
        edit.typed_number(&response);
    }
}

/// The officer's review of each year: her rating (a coloured mark and its
/// words, never colour alone), what was achieved, the difficulties, the
/// next steps.
fn reviews_ui(ui: &mut Ui, edit: &mut Edit<'_>, reviews: &mut Vec<Review>) {
    let words = edit.words;
    let mut remove = None;
    for (index, review) in reviews.iter_mut().enumerate() {
        let number = index + 1;
        egui::Frame::group(ui.style())
            .inner_margin(10)
            .show(ui, |ui| {
                ui.set_width(ui.available_width());
                ui.horizontal(|ui| {
                    let response = ui.add(
                        egui::DragValue::new(&mut review.year)
                            .range(1900..=2200)
                            .speed(0.2),
                    );
                    accessible_name(&response, &tr!(words, "review-year", number = number));
                    edit.take_focus_selected(&row_focus_key("review-year", number), &response);
                    edit.typed_number(&response);
                    let mark = crate::ui::chart::rating_colour(ui.visuals(), review.rating);
                    ui.label(RichText::new("●").color(mark));
                    let rating = egui::ComboBox::from_id_salt(("review_rating", index))
                        .selected_text(tr!(words, &review.rating.key()))
                        .show_ui(ui, |ui| {
                            for rating in Rating::ALL {
                                let color = crate::ui::chart::rating_colour(ui.visuals(), rating);
                                let name =
                                    RichText::new(format!("● {}", tr!(words, &rating.key())));
                                let chosen = review.rating == rating;
                                if ui.selectable_label(chosen, name.color(color)).clicked() {
                                    review.rating = rating;
                                }
                            }
                        });
                    accessible_name(
                        &rating.response,
                        &tr!(words, "review-rating", number = number),
                    );
                    let remove_name = tr!(words, "review-remove", number = number);
                    if icon_button(ui, "🗑", &remove_name).clicked() {
                        remove = Some(index);
                    }
                });
                for (key, text) in [
                    ("review-achieved", &mut review.achieved),
                    ("review-difficulties", &mut review.difficulties),
                    ("review-next-steps", &mut review.next_steps),
                ] {
                    ui.label(RichText::new(edit.tr(&format!("{key}-label"))).weak());
                    let label = tr!(words, key, number = number);
                    localized_item(ui, edit, &label, text);
                }
            });
    }
    if let Some(index) = remove {
        reviews.remove(index);
    }
    if ui.button(edit.tr("review-add")).clicked() {
        // Last year's review, unless written: the one an officer writes now.
        let this_year: i32 = jiff::Zoned::now().year().into();
        let year = (reviews.iter().map(|r| r.year + 1).max()).unwrap_or(this_year - 1);
        reviews.push(Review {
            year,
            ..Review::default()
        });
        edit.view.focus_field = Some(row_focus_key("review-year", reviews.len()));
    }
}

/// A number that may be unknown: a checkbox labelled with message `keys.0`, and
/// the value, named for screen readers with `keys.1` and the indicator's number.
fn optional_number(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    keys: (&str, &str),
    value: &mut Option<f64>,
    number: usize,
) {
    let mut known = value.is_some();
    if ui.checkbox(&mut known, edit.tr(keys.0)).changed() {
        *value = known.then_some(0.0);
    }
    if let Some(number_value) = value {
        let response = ui.add(number_field(edit.words, number_value).speed(1.0));
        accessible_name(&response, &tr!(edit.words, keys.1, number = number));
        edit.typed_number(&response);
    }
}

fn measurements_ui(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    measurements: &mut Vec<Measurement>,
    dimensions: &[Dimension],
    number: usize,
) {
    let mut remove = None;
    for (index, measurement) in measurements.iter_mut().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let words = edit.words;
            let nth = index + 1;
            ui.label(edit.tr("measurement-measured"));
            let mut year = measurement.when.year();
            let response = ui.add(
                egui::DragValue::new(&mut year)
                    .range(1900..=2200)
                    .speed(0.2),
            );
            let name = tr!(words, "measurement-year", number = number, nth = nth);
            accessible_name(&response, &name);
            edit.take_focus_selected(&measurement_focus_key(number, nth), &response);
            if response.changed() {
                measurement.when = Moment::Year(year);
            }
            edit.typed_number(&response);
            ui.label(edit.tr("measurement-value-label"));
            let response = ui.add(number_field(words, &mut measurement.value).speed(1.0));
            let name = tr!(words, "measurement-value", number = number, nth = nth);
            accessible_name(&response, &name);
            edit.typed_number(&response);
            let remove_name = tr!(words, "measurement-remove", nth = nth);
            if icon_button(ui, "✖", &remove_name).clicked() {
                remove = Some(index);
            }
        });
        breakdown::measurement_details_ui(ui, edit, measurement, dimensions, (number, index + 1));
    }
    if let Some(index) = remove {
        measurements.remove(index);
    }
    if ui.small_button(edit.tr("measurement-add")).clicked() {
        let year = measurements.last().map_or(2025, |m| m.when.year() + 1);
        measurements.push(Measurement {
            parts: Vec::new(),
            note: Default::default(),
            when: Moment::Year(year),
            value: 0.0,
        });
        edit.view.focus_field = Some(measurement_focus_key(number, measurements.len()));
    }
}

/// The focus key of the year of measurement `nth` of indicator `number`.
fn measurement_focus_key(number: usize, nth: usize) -> String {
    row_focus_key(&format!("measurement-year-{number}"), nth)
}

/// Baseline → latest → target as a bar, with a sparkline of the measurements.
fn progress_ui(ui: &mut Ui, indicator: &Indicator, edit: &Edit<'_>) {
    let Some(progress) = indicator.progress() else {
        if indicator.baseline.is_some() || indicator.target.is_some() {
            hint(ui, &edit.tr("progress-incomplete"));
        }
        return;
    };
    let unit = edit.shown(&indicator.unit);
    let latest = indicator.latest().map_or(0.0, |m| m.value);
    // Words, not arrows: the interface font has no "→", and words translate.
    let text = tr!(
        edit.words,
        "indicator-progress",
        baseline = short(edit.words, indicator.baseline.unwrap_or_default()),
        latest = short(edit.words, latest),
        target = short(edit.words, indicator.target.unwrap_or_default()),
        unit = unit,
        percent = format!("{:.0}", progress * 100.0)
    );
    ui.horizontal(|ui| {
        ui.add(
            egui::ProgressBar::new(progress as f32)
                .text(text)
                .desired_width(ui.available_width() - 110.0),
        );
        sparkline_ui(ui, indicator);
    });
}

/// An indicator's value as the interface language writes it, to one decimal.
fn short(words: Language, value: f64) -> String {
    crate::i18n::format_number(words, value, 1)
}

/// A tiny line of the measurements over time.
fn sparkline_ui(ui: &mut Ui, indicator: &Indicator) {
    let (rect, _) = ui.allocate_exact_size(egui::vec2(100.0, 22.0), egui::Sense::hover());
    let mut points: Vec<&Measurement> = indicator.measurements.iter().collect();
    points.sort_by_key(|m| m.when);
    if points.len() < 2 {
        return;
    }
    let values = points
        .iter()
        .map(|m| m.value)
        .chain(indicator.baseline)
        .chain(indicator.target);
    let (low, high) = values.fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), v| {
        (l.min(v), h.max(v))
    });
    let span = (high - low).max(f64::EPSILON);
    let line: Vec<egui::Pos2> = (points.iter().enumerate())
        .map(|(i, m)| {
            let x = rect.left() + rect.width() * i as f32 / (points.len() - 1) as f32;
            let y = rect.bottom() - rect.height() * ((m.value - low) / span) as f32;
            egui::pos2(x, y)
        })
        .collect();
    let color = super::super::theme::accent(ui.visuals());
    ui.painter()
        .add(egui::Shape::line(line, egui::Stroke::new(1.5, color)));
}

fn budget_ui(ui: &mut Ui, edit: &mut Edit<'_>, lines: &mut Vec<BudgetLine>) {
    let add = |lines: &[BudgetLine]| BudgetLine {
        executed: None,
        id: crate::model::ItemId::fresh(),
        year: 2025,
        amount: 0.0,
        currency: lines.last().map(|l| l.currency.clone()).unwrap_or_default(),
    };
    list_rows_ui(
        ui,
        edit,
        lines,
        ("budget-remove", "budget-add", "budget-year"),
        add,
        |ui, edit, n, line| {
            let words = edit.words;
            // Each number says what it is: a row of three bare fields did not.
            ui.label(RichText::new(tr!(words, "budget-year-label")).weak());
            let response = ui.add(
                egui::DragValue::new(&mut line.year)
                    .range(1900..=2200)
                    .speed(0.2),
            );
            accessible_name(&response, &tr!(words, "budget-year", number = n));
            edit.take_focus_selected(&row_focus_key("budget-year", n), &response);
            edit.typed_number(&response);
            ui.label(RichText::new(tr!(words, "budget-amount-label")).weak());
            let response = ui.add(
                number_field(words, &mut line.amount)
                    .speed(100.0)
                    .range(0.0..=f64::MAX),
            );
            accessible_name(&response, &tr!(words, "budget-amount", number = n));
            edit.typed_number(&response);
            ui.label(RichText::new(tr!(words, "budget-currency-label")).weak());
            let response = ui.add(
                egui::TextEdit::singleline(&mut line.currency)
                    .char_limit(crate::model::MAX_TEXT_CHARS)
                    .hint_text("CLP")
                    .desired_width(64.0),
            );
            accessible_name(&response, &tr!(words, "budget-currency", number = n));
            edit.typed(&response);
        },
    );
}

fn beneficiaries_ui(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    reached: &mut Vec<Beneficiaries>,
    dimensions: &[Dimension],
) {
    let words = edit.words;
    let mut remove = None;
    for (index, entry) in reached.iter_mut().enumerate() {
        let n = index + 1;
        // Wrapped, so a long row (longer still in French) folds inside the
        // editor instead of widening it over the table.
        ui.horizontal_wrapped(|ui| {
            let response = ui.add(number_field(words, &mut entry.count).speed(1.0));
            accessible_name(&response, &tr!(words, "beneficiaries-count", number = n));
            edit.take_focus_selected(&row_focus_key("beneficiaries-count", n), &response);
            edit.typed_number(&response);
            ui.label(edit.tr("beneficiaries-people-in"));
            let response = ui.add(
                egui::DragValue::new(&mut entry.year)
                    .range(1900..=2200)
                    .speed(0.2),
            );
            accessible_name(&response, &tr!(words, "beneficiaries-year", number = n));
            edit.typed_number(&response);
            let remove_name = tr!(words, "beneficiaries-remove", number = n);
            if icon_button(ui, "✖", &remove_name).clicked() {
                remove = Some(index);
            }
        });
        let owner = tr!(words, "beneficiaries-owner", number = n);
        breakdown::parts_ui(ui, edit, &mut entry.parts, dimensions, &owner);
    }
    if let Some(index) = remove {
        reached.remove(index);
    }
    if ui.button(edit.tr("beneficiaries-add")).clicked() {
        let year = reached.last().map_or(2025, |last| last.year + 1);
        reached.push(Beneficiaries {
            parts: Vec::new(),
            count: 0,
            year,
        });
        edit.view.focus_field = Some(row_focus_key("beneficiaries-count", reached.len()));
    }
}

fn evidence_ui(ui: &mut Ui, edit: &mut Edit<'_>, evidence: &mut Vec<Evidence>) {
    let add = |_: &[Evidence]| Evidence::default();
    list_rows_ui(
        ui,
        edit,
        evidence,
        ("evidence-remove", "evidence-add", "evidence-title"),
        add,
        |ui, edit, n, item| {
            let words = edit.words;
            let hint = edit.tr("column-title");
            localized_cell(
                ui,
                edit,
                &mut item.title,
                &hint,
                160.0,
                ("evidence-title", n),
            );
            let response = ui.add(
                egui::TextEdit::singleline(&mut item.link)
                    .char_limit(crate::model::MAX_TEXT_CHARS)
                    .hint_text(edit.tr("evidence-link-hint"))
                    .desired_width(ui.available_width() - 70.0),
            );
            accessible_name(&response, &tr!(words, "evidence-link", number = n));
            edit.typed(&response);
            if item.link.starts_with("https://") || item.link.starts_with("http://") {
                ui.hyperlink_to("↗", &item.link)
                    .on_hover_text(edit.tr("open-in-browser"));
            }
        },
    );
}

/// A list the officer grows and shrinks: one row per item, each with its remove
/// button, and an add button below. Rows are numbered from 1 for their names;
/// `keys` are the message ids of a row's remove button, of the add button and
/// of a row's first field, which takes the keyboard in a new row (its
/// `row_focus_key`): typing straight after "Add" fills the new row.
fn list_rows_ui<T>(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    items: &mut Vec<T>,
    keys: (&str, &str, &str),
    new_item: impl FnOnce(&[T]) -> T,
    mut row_ui: impl FnMut(&mut Ui, &mut Edit<'_>, usize, &mut T),
) {
    let mut remove = None;
    for (index, item) in items.iter_mut().enumerate() {
        // Wrapped, so a long row (longer still in French) folds inside the
        // editor instead of widening it over the table.
        ui.horizontal_wrapped(|ui| {
            row_ui(ui, edit, index + 1, item);
            let remove_name = tr!(edit.words, keys.0, number = index + 1);
            if icon_button(ui, "✖", &remove_name).clicked() {
                remove = Some(index);
            }
        });
    }
    if let Some(index) = remove {
        items.remove(index);
    }
    if ui.button(edit.tr(keys.1)).clicked() {
        let item = new_item(items);
        items.push(item);
        edit.view.focus_field = Some(row_focus_key(keys.2, items.len()));
    }
}

/// A one-line text cell in row `number` (from 1) of a program's list, named
/// for screen readers by message `key`, which takes the row's number.
fn localized_cell(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    text: &mut Localized,
    hint: &str,
    width: f32,
    (key, number): (&str, usize),
) {
    let name = tr!(edit.words, key, number = number);
    let focus = row_focus_key(key, number);
    localized_cell_named(ui, edit, text, hint, width, (&focus, &name));
}

/// [`localized_cell`] with its focus key and accessible name given.
pub(super) fn localized_cell_named(
    ui: &mut Ui,
    edit: &mut Edit<'_>,
    text: &mut Localized,
    hint: &str,
    width: f32,
    (focus, name): (&str, &str),
) {
    let mut value = text.get(&edit.lang).to_owned();
    // While translating, the source text is the hint: there is no room for a
    // second column inside a row.
    let hint = match &edit.source {
        Some(source) if !text.get(source).is_empty() => text.get(source).to_owned(),
        _ => hint.to_owned(),
    };
    let response = ui.add(
        egui::TextEdit::singleline(&mut value)
            .char_limit(crate::model::MAX_TEXT_CHARS)
            .hint_text(hint)
            .desired_width(width),
    );
    accessible_name(&response, name);
    edit.take_focus(focus, &response);
    if response.changed() {
        text.set(&edit.lang, value);
        edit.changed(Change::Typing);
    }
}

#[cfg(test)]
mod tests {
    use super::is_sdg_target;

    #[test]
    fn sdg_targets_are_goal_dot_target() {
        assert!(is_sdg_target("10.2"));
        assert!(is_sdg_target("16.a"));
        assert!(!is_sdg_target("18.1"));
        assert!(!is_sdg_target("10"));
        assert!(!is_sdg_target("10."));
    }
}
