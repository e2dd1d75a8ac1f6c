//! A searchable picker for long lists (30 articles, 17 goals): what is chosen
//! shows as removable chips; a search field lists what matches, to add by
//! click or by keyboard (Down/Up to move, Enter to add, Escape to close).
//! It takes the width it is given and no more, so the editor never widens.

use egui::{Key, RichText, Ui};

use super::widgets::accessible_name;

/// The most matches listed at once before the list scrolls.
const LIST_HEIGHT: f32 = 200.0;

/// What the picker remembers between frames.
#[derive(Clone, Default)]
struct State {
    /// The search and its list show (after "Add…", until "Done" or Escape).
    open: bool,
    /// The field takes the focus on the next frame.
    focus: bool,
    search: String,
    /// The match that Enter adds, by its place in the list shown.
    highlighted: usize,
}

/// The words a picker shows; each is already in the interface language.
pub struct Words<'a> {
    /// The button that opens the search, and the field's label: "Add an article".
    pub add: &'a str,
    /// The button that closes the search.
    pub done: &'a str,
    /// The field's hint: "a word or a number".
    pub hint: &'a str,
    /// Said for a chip's remove button: "Remove {item}" with the item put in.
    pub remove: &'a dyn Fn(&str) -> String,
    /// Shown when nothing matches.
    pub nothing: &'a str,
}

/// Draws the chips of `chosen` and the search for more among `items`
/// (value, label). Returns true when `chosen` changed.
pub fn picker_ui<T: PartialEq + Clone + Ord>(
    ui: &mut Ui,
    id_salt: &str,
    words: &Words<'_>,
    items: &[(T, String)],
    chosen: &mut Vec<T>,
) -> bool {
    let id = ui.make_persistent_id(("picker", id_salt));
    let mut state: State = ui.data(|d| d.get_temp(id)).unwrap_or_default();
    let mut changed = false;
    let width = ui.available_width();

    // The chips: one removable button per chosen item, wrapping.
    ui.horizontal_wrapped(|ui| {
        ui.set_max_width(width);
        let mut removed = None;
        for value in chosen.iter() {
            let Some((_, label)) = items.iter().find(|(v, _)| v == value) else {
                continue;
            };
            // No tooltip: it would cover the "Add" button under the chips;
            // the ✕ says what the chip does, and screen readers get its name.
            let chip = ui.add(
                egui::Button::new(RichText::new(format!("{label}  ✕")))
                    .corner_radius(10.0)
                    .truncate(),
            );
            accessible_name(&chip, &(words.remove)(label));
            if chip.clicked() {
                removed = Some(value.clone());
            }
        }
        if let Some(value) = removed {
            chosen.retain(|v| *v != value);
            changed = true;
        }
    });

    if !state.open {
        if ui.button(format!("➕ {}…", words.add)).clicked() {
            state.open = true;
            state.focus = true;
        }
        ui.data_mut(|d| d.insert_temp(id, state));
        return changed;
    }

    // The search, and what it matches.
    let (field, done) = ui
        .horizontal(|ui| {
            let label = ui.label(words.add).id;
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut state.search)
                        .hint_text(words.hint)
                        .desired_width((width - 200.0).clamp(120.0, 320.0)),
                )
                .labelled_by(label);
            (field, ui.button(words.done).clicked())
        })
        .inner;
    if std::mem::take(&mut state.focus) {
        field.request_focus();
        // Opened low in the editor, the search comes into view.
        field.scroll_to_me(Some(egui::Align::Center));
    }
    if field.changed() {
        state.highlighted = 0;
    }
    let needle = state.search.trim().to_lowercase();
    let matches: Vec<&(T, String)> = items
        .iter()
        .filter(|(value, _)| !chosen.contains(value))
        .filter(|(_, label)| needle.is_empty() || label.to_lowercase().contains(&needle))
        .collect();
    let mut add = None;
    if field.has_focus() || field.lost_focus() {
        ui.input_mut(|input| {
            if input.consume_key(egui::Modifiers::NONE, Key::ArrowDown) {
                state.highlighted = (state.highlighted + 1).min(matches.len().saturating_sub(1));
            }
            if input.consume_key(egui::Modifiers::NONE, Key::ArrowUp) {
                state.highlighted = state.highlighted.saturating_sub(1);
            }
        });
        if ui.input(|i| i.key_pressed(Key::Enter)) {
            add = matches
                .get(state.highlighted)
                .map(|(value, _)| value.clone());
            // A single-line field gives up the focus on Enter: keep typing.
            state.focus = true;
        }
        if ui.input(|i| i.key_pressed(Key::Escape)) {
            state.open = false;
        }
    }
    if done {
        state.open = false;
    }
    if matches.is_empty() {
        ui.label(RichText::new(words.nothing).weak());
    } else {
        egui::ScrollArea::vertical()
            .id_salt(("picker_list", id_salt))
            .max_height(LIST_HEIGHT)
            .min_scrolled_height(LIST_HEIGHT.min(ui.ctx().content_rect().height() / 3.0))
            .auto_shrink([false, true])
            .show(ui, |ui| {
                ui.set_max_width(width);
                for (place, (value, label)) in matches.iter().enumerate() {
                    let on = place == state.highlighted;
                    let row = ui.add(egui::Button::selectable(on, format!("+ {label}")).wrap());
                    if on && field.has_focus() {
                        row.scroll_to_me(None);
                    }
                    if row.clicked() {
                        add = Some(value.clone());
                    }
                }
            });
    }
    if let Some(value) = add {
        chosen.push(value);
        chosen.sort();
        // What was typed found its item: the list starts afresh.
        state.search.clear();
        state.highlighted = 0;
        changed = true;
    }
    if !state.open {
        state.search.clear();
    }
    ui.data_mut(|d| d.insert_temp(id, state));
    changed
}
